ALTER TABLE person ADD COLUMN timezone text;
