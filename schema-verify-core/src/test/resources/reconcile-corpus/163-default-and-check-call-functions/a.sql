CREATE FUNCTION next_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;
CREATE FUNCTION code_ok(code text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(code) > 3 $$;

CREATE TABLE vouchers (
    id integer PRIMARY KEY,
    code text NOT NULL DEFAULT next_code(),
    CONSTRAINT vouchers_code_ok CHECK (code_ok(code))
);
