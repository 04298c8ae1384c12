CREATE TYPE issue_state AS ENUM ('open', 'closed');

CREATE TABLE issues (
    id integer PRIMARY KEY,
    state issue_state NOT NULL DEFAULT 'open'
);
