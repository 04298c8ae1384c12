DROP INDEX task_search_idx;
ALTER TABLE task DROP COLUMN search;
