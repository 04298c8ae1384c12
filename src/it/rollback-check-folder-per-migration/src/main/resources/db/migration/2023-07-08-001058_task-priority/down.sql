ALTER TABLE task DROP CONSTRAINT task_priority_range;
ALTER TABLE task DROP COLUMN priority;
