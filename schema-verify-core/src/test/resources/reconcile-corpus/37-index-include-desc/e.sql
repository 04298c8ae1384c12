CREATE TABLE shipments (
    id integer PRIMARY KEY,
    created_at timestamptz NOT NULL,
    status text NOT NULL,
    carrier text
);
CREATE INDEX shipments_created_idx ON shipments (created_at DESC, id);
CREATE INDEX shipments_status_idx ON shipments (status, carrier NULLS FIRST) INCLUDE (created_at, id);
