CREATE TABLE counters (
    name text PRIMARY KEY,
    value bigint NOT NULL DEFAULT 0
);

CREATE FUNCTION counter_value(counter text) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT value FROM counters WHERE name = counter $$;

CREATE FUNCTION double_it(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT x * 2 $$;
