CREATE TABLE contacts (
    id bigint NOT NULL,
    email text,
    phone text,
    CONSTRAINT contacts_email_check CHECK (email LIKE '%@%')
);
CREATE TABLE employees (salary numeric) INHERITS (contacts);
CREATE TABLE vendors (company text) INHERITS (contacts);
