CREATE FUNCTION recent_ids(n integer) RETURNS SETOF integer LANGUAGE sql STABLE
    AS $$ SELECT generate_series(1, n) $$;

CREATE FUNCTION slow_hash(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 5000
    AS $$ SELECT md5(t) $$;
