CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    last_seen timestamptz NOT NULL
);

CREATE PROCEDURE purge_sessions(days integer, keep integer DEFAULT 0)
    LANGUAGE sql
    AS $$ DELETE FROM sessions WHERE last_seen < now() - make_interval(days => days) AND id > keep $$;

CREATE PROCEDURE touch_session(session_id bigint)
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE sessions SET last_seen = clock_timestamp() WHERE id = session_id;
    COMMIT;
END
$$;

CREATE PROCEDURE reset_sessions()
    LANGUAGE sql
    BEGIN ATOMIC
        DELETE FROM sessions;
    END;
