ALTER TABLE task DROP COLUMN estimate_hours;
