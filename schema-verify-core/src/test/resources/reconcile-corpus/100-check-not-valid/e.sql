CREATE TABLE payments (
    id integer PRIMARY KEY,
    amount numeric(12,2) NOT NULL,
    CONSTRAINT payments_id_check CHECK (id > 0)
);
ALTER TABLE payments ADD CONSTRAINT payments_amount_check CHECK (amount > 0) NOT VALID;
