CREATE TABLE counters (
    id integer PRIMARY KEY,
    hits bigint
) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.05);
CREATE TABLE blobs (
    id integer PRIMARY KEY,
    body text
) WITH (toast_tuple_target = 4080);
CREATE TABLE hot (
    id integer
) WITH (fillfactor = 50);
