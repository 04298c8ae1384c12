CREATE TABLE invoices (
    id serial PRIMARY KEY,
    total numeric NOT NULL
);
