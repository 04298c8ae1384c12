CREATE FUNCTION recent_ids(n integer) RETURNS SETOF integer LANGUAGE sql STABLE PARALLEL RESTRICTED ROWS 25 COST 50
    AS $$ SELECT generate_series(1, n) $$;

CREATE FUNCTION slow_hash(t text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT md5(t) $$;
