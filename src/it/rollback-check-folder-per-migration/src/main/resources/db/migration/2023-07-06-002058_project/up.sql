CREATE TABLE project (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id bigint NOT NULL REFERENCES team,
    name text NOT NULL,
    archived boolean NOT NULL DEFAULT false,
    UNIQUE (team_id, name)
);
