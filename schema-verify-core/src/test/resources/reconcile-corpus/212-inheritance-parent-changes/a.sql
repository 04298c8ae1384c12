CREATE TABLE contacts (id integer NOT NULL, email varchar(100));
CREATE TABLE employees (salary numeric) INHERITS (contacts);
CREATE TABLE vendors (company text) INHERITS (contacts);
