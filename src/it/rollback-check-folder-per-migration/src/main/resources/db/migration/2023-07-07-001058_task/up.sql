CREATE TABLE task (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES project ON DELETE CASCADE,
    title text NOT NULL,
    done boolean NOT NULL DEFAULT false
);
CREATE INDEX task_project_idx ON task (project_id);
