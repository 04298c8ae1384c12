ALTER TABLE comment ADD COLUMN edited_at timestamptz;
