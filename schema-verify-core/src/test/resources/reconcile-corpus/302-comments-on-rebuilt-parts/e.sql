CREATE TABLE tasks (
    id integer PRIMARY KEY,
    title text NOT NULL,
    owner_name text NOT NULL,
    priority integer CONSTRAINT tasks_priority_check CHECK (priority BETWEEN 1 AND 5),
    done_at timestamptz
);
COMMENT ON CONSTRAINT tasks_priority_check ON tasks IS 'five levels';
CREATE INDEX tasks_open_idx ON tasks (owner_name) WHERE done_at IS NULL;
COMMENT ON INDEX tasks_open_idx IS 'open tasks of an owner';

ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_read ON tasks FOR SELECT USING (owner_name = CURRENT_USER);
COMMENT ON POLICY tasks_read ON tasks IS 'who sees a task';

CREATE FUNCTION tasks_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END
$$;
CREATE TRIGGER tasks_stamp BEFORE INSERT OR UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION tasks_stamp();
COMMENT ON TRIGGER tasks_stamp ON tasks IS 'stamps changes';
