CREATE TABLE profiles (
    id integer PRIMARY KEY,
    email text,
    name text NOT NULL,
    bio text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz
);
