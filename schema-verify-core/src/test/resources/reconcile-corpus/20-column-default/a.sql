CREATE TABLE jobs (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'new',
    created_at timestamptz,
    attempts integer DEFAULT 0
);
