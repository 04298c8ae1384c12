CREATE FUNCTION add_tax(amount numeric) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT round(amount * 1.19, 2) $$;

CREATE FUNCTION greeting(who text) RETURNS text
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    RETURN format('Hello, %s!', who);
END
$$;

CREATE FUNCTION clamp(v integer, lo integer, hi integer) RETURNS integer
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    IF lo > hi THEN
        RAISE EXCEPTION 'lo % > hi %', lo, hi;
    END IF;
    RETURN greatest(lo, least(hi, v));
END
$$;
