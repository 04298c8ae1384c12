CREATE TABLE worker (id int PRIMARY KEY);
