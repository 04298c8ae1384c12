CREATE TABLE products (
    id integer PRIMARY KEY,
    code varchar(20) NOT NULL,
    price numeric(10, 2),
    currency char(3),
    listed_at timestamp
);
