CREATE FUNCTION page(items_per_page integer DEFAULT 20, page_number integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT (page_number - 1) * items_per_page $$;

CREATE FUNCTION greet(who text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'hello ' || who $$;

CREATE FUNCTION clamp(v integer, lo integer DEFAULT 0, hi integer DEFAULT 100) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(lo, least(hi, v)) $$;
