CREATE TABLE later (id int);
