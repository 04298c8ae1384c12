ALTER TABLE ${prefix}_items DROP COLUMN note;
