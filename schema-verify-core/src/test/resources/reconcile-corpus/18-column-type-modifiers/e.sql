CREATE TABLE products (
    id integer PRIMARY KEY,
    code varchar(100) NOT NULL,
    price numeric(12, 4),
    currency char(2),
    listed_at timestamptz
);
