CREATE TABLE orders (
    id int PRIMARY KEY,
    qty int NOT NULL,
    note text
);
