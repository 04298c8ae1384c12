DROP INDEX notes_body;
ALTER TABLE notes DROP COLUMN body;
