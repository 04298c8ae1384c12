CREATE TABLE members (
    id integer PRIMARY KEY,
    email text NOT NULL DEFAULT '',
    joined_at timestamptz NOT NULL DEFAULT now()
);
