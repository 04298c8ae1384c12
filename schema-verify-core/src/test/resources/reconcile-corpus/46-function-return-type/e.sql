CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text
);

CREATE FUNCTION account_count() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM accounts $$;

CREATE FUNCTION list_accounts() RETURNS TABLE (id integer, name text, email text)
    LANGUAGE sql STABLE
    AS $$ SELECT id, name, email FROM accounts $$;

CREATE FUNCTION first_email() RETURNS SETOF text
    LANGUAGE sql STABLE
    AS $$ SELECT email FROM accounts ORDER BY id $$;
