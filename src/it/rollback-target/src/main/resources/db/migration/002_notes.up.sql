CREATE TABLE notes (id int PRIMARY KEY, member_id int REFERENCES members);
