CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text
);

CREATE FUNCTION account_count() RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT count(*)::integer FROM accounts $$;

CREATE FUNCTION list_accounts() RETURNS TABLE (id integer, name text)
    LANGUAGE sql STABLE
    AS $$ SELECT id, name FROM accounts $$;

CREATE FUNCTION first_email() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT email FROM accounts ORDER BY id LIMIT 1 $$;
