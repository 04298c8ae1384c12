CREATE FUNCTION area(r numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT pi() * r * r $$;

CREATE FUNCTION area(w numeric, h numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT w * h $$;
