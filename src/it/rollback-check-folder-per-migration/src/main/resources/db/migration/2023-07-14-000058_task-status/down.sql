ALTER TABLE task DROP COLUMN status;
DROP TYPE task_status;
