CREATE TABLE jobs (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'pending',
    created_at timestamptz DEFAULT now(),
    attempts integer
);
