CREATE TABLE accounts (
    id integer PRIMARY KEY
);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END
$$;
CREATE TABLE payments (
    id integer CONSTRAINT payments_pkey PRIMARY KEY,
    account_id integer NOT NULL CONSTRAINT payments_account_fk REFERENCES accounts (id),
    reference text CONSTRAINT payments_reference_key UNIQUE,
    amount numeric NOT NULL CONSTRAINT payments_amount_check CHECK (amount > 0)
);
COMMENT ON CONSTRAINT payments_pkey ON payments IS 'one row a payment';
COMMENT ON CONSTRAINT payments_account_fk ON payments IS 'paid from';
COMMENT ON CONSTRAINT payments_reference_key ON payments IS 'bank reference';
COMMENT ON CONSTRAINT payments_amount_check ON payments IS 'refunds are separate';
CREATE INDEX payments_account_idx ON payments (account_id);
COMMENT ON INDEX payments_account_idx IS 'payments of an account';
ALTER TABLE payments ENABLE ROW LEVEL SECURITY;
CREATE POLICY payments_read ON payments FOR SELECT USING (true);
COMMENT ON POLICY payments_read ON payments IS 'readable';
CREATE TRIGGER payments_touch BEFORE UPDATE ON payments FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TRIGGER payments_touch ON payments IS 'touches';
