ALTER TABLE comment DROP COLUMN edited_at;
