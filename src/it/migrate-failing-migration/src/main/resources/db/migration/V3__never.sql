CREATE TABLE never (id int);
