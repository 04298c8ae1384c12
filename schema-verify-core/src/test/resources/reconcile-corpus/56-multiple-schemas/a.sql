CREATE SCHEMA app;
CREATE SCHEMA audit;

CREATE TABLE app.events (
    id bigint PRIMARY KEY,
    kind text NOT NULL
);

CREATE TABLE audit.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id bigint NOT NULL,
    logged_at timestamptz NOT NULL DEFAULT now()
);
