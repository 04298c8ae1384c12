CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    balance numeric NOT NULL DEFAULT 0
);

CREATE FUNCTION audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'audit % %', TG_ARGV[0], TG_OP;
    RETURN NEW;
END
$$;

CREATE TRIGGER accounts_audit AFTER UPDATE OF email, balance ON accounts FOR EACH ROW
    EXECUTE FUNCTION audit_change('contact', 'it''s quoted');
CREATE TRIGGER accounts_money AFTER UPDATE OF balance ON accounts FOR EACH ROW EXECUTE FUNCTION audit_change('money');
