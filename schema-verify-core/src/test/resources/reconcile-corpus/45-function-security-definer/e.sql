CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message text NOT NULL
);

CREATE FUNCTION write_audit(msg text) RETURNS void
    LANGUAGE sql
    SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$ INSERT INTO public.audit_log (message) VALUES (msg) $$;

CREATE FUNCTION slow_count() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM audit_log $$;
