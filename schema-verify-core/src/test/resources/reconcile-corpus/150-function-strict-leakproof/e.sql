CREATE FUNCTION normalize_email(email text) RETURNS text LANGUAGE sql IMMUTABLE STRICT LEAKPROOF
    AS $$ SELECT lower(trim(email)) $$;

CREATE FUNCTION same_tenant(a uuid, b uuid) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $$ SELECT a = b $$;
