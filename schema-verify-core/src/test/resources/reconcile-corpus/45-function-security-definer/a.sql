CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message text NOT NULL
);

CREATE FUNCTION write_audit(msg text) RETURNS void
    LANGUAGE sql
    AS $$ INSERT INTO audit_log (message) VALUES (msg) $$;

CREATE FUNCTION slow_count() RETURNS bigint
    LANGUAGE sql STABLE
    SET statement_timeout = '5s'
    AS $$ SELECT count(*) FROM audit_log $$;
