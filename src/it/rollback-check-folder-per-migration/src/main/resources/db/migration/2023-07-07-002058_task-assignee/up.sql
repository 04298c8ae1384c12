ALTER TABLE task ADD COLUMN assignee_id bigint REFERENCES person ON DELETE SET NULL;
CREATE INDEX task_assignee_idx ON task (assignee_id);
