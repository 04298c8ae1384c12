CREATE TABLE stock (
    id integer PRIMARY KEY,
    quantity text NOT NULL DEFAULT '0',
    price text,
    active text
);
