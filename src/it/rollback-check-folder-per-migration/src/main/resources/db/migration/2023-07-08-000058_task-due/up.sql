ALTER TABLE task ADD COLUMN due_on date;
