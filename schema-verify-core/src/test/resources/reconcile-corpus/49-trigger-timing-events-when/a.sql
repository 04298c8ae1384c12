CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric NOT NULL,
    changed_at timestamptz
);

CREATE FUNCTION items_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION items_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('items', TG_OP);
    RETURN NULL;
END
$$;

CREATE TRIGGER items_changed AFTER UPDATE ON items FOR EACH ROW EXECUTE FUNCTION items_changed();
CREATE TRIGGER items_notify AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION items_notify();
