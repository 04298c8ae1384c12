CREATE TABLE cache_entries (
    key text PRIMARY KEY,
    value jsonb
);
CREATE UNLOGGED TABLE sessions (
    id uuid PRIMARY KEY,
    data text
);
CREATE UNLOGGED TABLE scratch (
    id integer
);
