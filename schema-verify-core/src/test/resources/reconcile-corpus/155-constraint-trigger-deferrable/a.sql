CREATE TABLE transfers (
    id integer PRIMARY KEY,
    amount numeric NOT NULL
);

CREATE FUNCTION check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NULL;
END
$$;

CREATE TRIGGER transfers_balanced AFTER INSERT OR UPDATE ON transfers FOR EACH ROW EXECUTE FUNCTION check_balanced();
CREATE CONSTRAINT TRIGGER transfers_positive AFTER INSERT ON transfers DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW EXECUTE FUNCTION check_balanced();
