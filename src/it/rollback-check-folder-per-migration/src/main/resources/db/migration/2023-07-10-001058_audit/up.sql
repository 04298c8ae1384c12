CREATE SCHEMA audit;
CREATE TABLE audit.event (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text NOT NULL,
    row_id bigint,
    action text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
