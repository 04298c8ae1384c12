CREATE TABLE counters (
    id integer PRIMARY KEY,
    hits bigint
) WITH (fillfactor = 70, autovacuum_enabled = false);
CREATE TABLE blobs (
    id integer PRIMARY KEY,
    body text
);
