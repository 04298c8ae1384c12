CREATE FUNCTION split_name(full_name text, OUT first_name text, OUT last_name text, OUT parts integer)
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2), 2 $$;

CREATE FUNCTION total(VARIADIC amounts numeric[] DEFAULT ARRAY[]::numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(sum(a), 0) FROM unnest(amounts) AS a $$;

CREATE PROCEDURE bump(INOUT counter integer, step integer DEFAULT 1) LANGUAGE plpgsql AS $$
BEGIN
    counter := counter + step;
END
$$;
