ALTER TABLE notes ADD COLUMN body text;
CREATE INDEX notes_body ON notes (body);
