DROP INDEX task_assignee_idx;
ALTER TABLE task DROP COLUMN assignee_id;
