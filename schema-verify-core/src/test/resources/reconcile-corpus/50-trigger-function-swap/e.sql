CREATE TABLE tickets (
    id integer PRIMARY KEY,
    updated_at timestamptz
);

CREATE FUNCTION touch_v2() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END
$$;

CREATE TRIGGER tickets_touch BEFORE UPDATE ON tickets FOR EACH ROW EXECUTE FUNCTION touch_v2();
