CREATE TABLE notes (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    body text,
    changed_at timestamptz
);
CREATE INDEX notes_owner_idx ON notes (owner_name);
CREATE INDEX notes_changed_idx ON notes (changed_at);
COMMENT ON INDEX notes_owner_idx IS 'per owner';
COMMENT ON INDEX notes_changed_idx IS 'recent first';

ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_read ON notes FOR SELECT USING (true);
CREATE POLICY notes_write ON notes FOR INSERT WITH CHECK (owner_name = CURRENT_USER);
COMMENT ON POLICY notes_read ON notes IS 'everyone reads';

CREATE FUNCTION notes_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION notes_touch();
CREATE TRIGGER notes_touch_insert BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION notes_touch();
COMMENT ON TRIGGER notes_touch ON notes IS 'keeps changed_at';
COMMENT ON TRIGGER notes_touch_insert ON notes IS 'sets changed_at';
