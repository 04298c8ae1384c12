CREATE TABLE placeholder (id integer PRIMARY KEY);
