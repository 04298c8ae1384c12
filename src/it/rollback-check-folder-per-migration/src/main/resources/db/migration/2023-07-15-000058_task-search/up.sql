ALTER TABLE task ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple', title)) STORED;
CREATE INDEX task_search_idx ON task USING gin (search);
