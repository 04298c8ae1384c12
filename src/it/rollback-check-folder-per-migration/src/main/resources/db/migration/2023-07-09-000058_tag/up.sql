CREATE TABLE tag (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE
);
CREATE TABLE task_tag (
    task_id bigint NOT NULL REFERENCES task ON DELETE CASCADE,
    tag_id bigint NOT NULL REFERENCES tag ON DELETE CASCADE,
    PRIMARY KEY (task_id, tag_id)
);
