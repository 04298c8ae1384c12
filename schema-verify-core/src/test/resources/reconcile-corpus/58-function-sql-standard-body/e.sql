CREATE TABLE counters (
    name text PRIMARY KEY,
    value bigint NOT NULL DEFAULT 0
);

CREATE FUNCTION counter_value(counter text) RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
        SELECT coalesce(max(value), 0) FROM counters WHERE name = counter;
    END;

CREATE FUNCTION double_it(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    RETURN x * 2;
