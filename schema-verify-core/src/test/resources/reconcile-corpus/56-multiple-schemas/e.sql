CREATE SCHEMA app;
CREATE SCHEMA audit;

CREATE TABLE app.events (
    id bigint PRIMARY KEY,
    kind text NOT NULL,
    payload jsonb
);

CREATE TABLE audit.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id bigint NOT NULL REFERENCES app.events (id) ON DELETE CASCADE,
    logged_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_event_id_idx ON audit.events (event_id);

CREATE FUNCTION audit.log_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit.events (event_id) VALUES (NEW.id);
    RETURN NEW;
END
$$;

CREATE TRIGGER events_audit AFTER INSERT ON app.events FOR EACH ROW EXECUTE FUNCTION audit.log_event();

CREATE VIEW app.event_log AS
    SELECT e.id, e.kind, a.logged_at FROM app.events e JOIN audit.events a ON a.event_id = e.id;
