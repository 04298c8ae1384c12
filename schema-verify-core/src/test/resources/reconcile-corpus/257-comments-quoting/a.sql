CREATE TABLE notes (id integer PRIMARY KEY, body text);
COMMENT ON TABLE notes IS 'plain';
COMMENT ON COLUMN notes.body IS 'it''s plain';
