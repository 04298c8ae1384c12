CREATE TABLE notes (id integer PRIMARY KEY, body text);
COMMENT ON TABLE notes IS E'first line\nsecond line, a back\\slash';
COMMENT ON COLUMN notes.body IS 'l''été — “quoted”, $$dollars$$';
