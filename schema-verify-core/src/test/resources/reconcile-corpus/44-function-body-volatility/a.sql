CREATE FUNCTION add_tax(amount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT amount * 1.19 $$;

CREATE FUNCTION greeting(who text) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT 'Hello, ' || who $$;

CREATE FUNCTION clamp(v integer, lo integer, hi integer) RETURNS integer
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    RETURN greatest(lo, least(hi, v));
END
$$;
