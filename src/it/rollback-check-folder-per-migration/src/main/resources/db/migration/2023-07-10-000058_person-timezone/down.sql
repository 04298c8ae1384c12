ALTER TABLE person DROP COLUMN timezone;
