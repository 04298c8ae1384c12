ALTER TABLE task ADD COLUMN priority smallint NOT NULL DEFAULT 3;
ALTER TABLE task ADD CONSTRAINT task_priority_range CHECK (priority BETWEEN 1 AND 5);
