CREATE TABLE members (id int PRIMARY KEY);
