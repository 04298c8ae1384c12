ALTER TABLE ${prefix}_items ADD COLUMN note text;
