SELECT 1;
ALTER TABLE events ADD COLUMN note text DEFAULT '${note_default}';
