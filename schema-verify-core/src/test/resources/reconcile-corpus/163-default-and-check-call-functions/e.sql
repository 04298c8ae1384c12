CREATE FUNCTION next_code() RETURNS varchar LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text)::varchar $$;
CREATE FUNCTION code_ok(code text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT length(code) $$;

CREATE TABLE vouchers (
    id integer PRIMARY KEY,
    code text NOT NULL DEFAULT next_code(),
    CONSTRAINT vouchers_code_ok CHECK (code_ok(code) > 3)
);
