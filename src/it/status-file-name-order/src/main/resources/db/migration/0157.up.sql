ALTER TABLE worker ADD COLUMN name text;
