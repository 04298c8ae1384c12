CREATE FUNCTION zz_rate() RETURNS numeric LANGUAGE sql IMMUTABLE RETURN 19.5;

CREATE FUNCTION aa_price(base integer) RETURNS integer LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT (base + base * zz_rate() / 100)::integer;
END;

CREATE VIEW prices AS SELECT n AS base, aa_price(n) AS price FROM generate_series(1, 3) AS n;
