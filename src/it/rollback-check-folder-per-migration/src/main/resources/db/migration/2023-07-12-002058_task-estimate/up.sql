ALTER TABLE task ADD COLUMN estimate_hours numeric(6, 2);
