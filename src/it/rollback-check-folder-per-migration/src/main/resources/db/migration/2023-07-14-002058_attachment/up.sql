CREATE TABLE attachment (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id bigint NOT NULL REFERENCES task ON DELETE CASCADE,
    file_name text NOT NULL,
    size_bytes bigint NOT NULL
);
CREATE INDEX attachment_task_idx ON attachment (task_id);
