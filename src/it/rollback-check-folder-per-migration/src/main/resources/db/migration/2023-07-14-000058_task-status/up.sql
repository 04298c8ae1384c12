CREATE TYPE task_status AS ENUM ('todo', 'doing', 'done');
ALTER TABLE task ADD COLUMN status task_status NOT NULL DEFAULT 'todo';
