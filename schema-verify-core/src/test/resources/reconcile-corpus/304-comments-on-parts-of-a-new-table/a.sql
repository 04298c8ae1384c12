CREATE TABLE accounts (
    id integer PRIMARY KEY
);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END
$$;
