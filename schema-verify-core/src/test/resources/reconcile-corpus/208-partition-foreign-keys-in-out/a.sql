CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE invoices (
    id bigint NOT NULL,
    issued_on date NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id, issued_on)
) PARTITION BY RANGE (issued_on);
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE invoices_2025 PARTITION OF invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE payments (
    id bigint PRIMARY KEY,
    invoice_id bigint NOT NULL,
    invoice_issued_on date NOT NULL,
    CONSTRAINT payments_invoice_fkey FOREIGN KEY (invoice_id, invoice_issued_on) REFERENCES invoices (id, issued_on)
);
