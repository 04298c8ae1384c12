CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    last_seen timestamptz NOT NULL
);

CREATE PROCEDURE purge_sessions(days integer)
    LANGUAGE sql
    AS $$ DELETE FROM sessions WHERE last_seen < now() - make_interval(days => days) $$;

CREATE PROCEDURE touch_session(session_id bigint)
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE sessions SET last_seen = now() WHERE id = session_id;
END
$$;
