CREATE TABLE d (id int);
