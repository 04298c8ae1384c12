CREATE UNLOGGED TABLE cache_entries (
    key text PRIMARY KEY,
    value jsonb
);
CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    data text
);
