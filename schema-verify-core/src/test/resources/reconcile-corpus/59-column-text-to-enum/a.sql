CREATE TABLE issues (
    id integer PRIMARY KEY,
    state text NOT NULL DEFAULT 'open',
    CONSTRAINT issues_state_check CHECK (state IN ('open', 'closed'))
);
