CREATE TABLE comment (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id bigint NOT NULL REFERENCES task ON DELETE CASCADE,
    author_id bigint NOT NULL REFERENCES person,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comment_task_idx ON comment (task_id);
