CREATE FUNCTION split_name(full_name text, OUT first_name text, OUT last_name text)
    LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2) $$;

CREATE FUNCTION total(VARIADIC amounts numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT sum(a) FROM unnest(amounts) AS a $$;

CREATE PROCEDURE bump(INOUT counter integer) LANGUAGE plpgsql AS $$
BEGIN
    counter := counter + 1;
END
$$;
