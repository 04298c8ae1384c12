CREATE FUNCTION area(w numeric, h numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT round(w * h, 4) $$;

CREATE FUNCTION area(w integer, h integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT w * h $$;

CREATE FUNCTION area(shape text, VARIADIC dims numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE shape WHEN 'square' THEN dims[1] * dims[1] ELSE NULL END $$;
