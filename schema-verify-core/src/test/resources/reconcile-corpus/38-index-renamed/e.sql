CREATE TABLE logins (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    at timestamptz NOT NULL,
    token text NOT NULL,
    CONSTRAINT logins_token_uq UNIQUE (token)
);
CREATE INDEX logins_user_id_at_idx ON logins (user_id, at);
