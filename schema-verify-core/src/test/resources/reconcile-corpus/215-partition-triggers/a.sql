CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.changed_at := now(); RETURN NEW; END$$;
CREATE FUNCTION stamp_utc() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.changed_at := now() AT TIME ZONE 'utc'; RETURN NEW; END$$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TABLE items (id bigint NOT NULL, bucket integer NOT NULL, changed_at timestamp) PARTITION BY LIST (bucket);
CREATE TABLE items_1 PARTITION OF items FOR VALUES IN (1);
CREATE TABLE items_2 PARTITION OF items FOR VALUES IN (2);
CREATE TRIGGER items_stamp BEFORE INSERT OR UPDATE ON items FOR EACH ROW EXECUTE FUNCTION stamp();
