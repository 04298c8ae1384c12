CREATE TABLE logins (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    at timestamptz NOT NULL,
    token text NOT NULL,
    CONSTRAINT logins_token_key UNIQUE (token)
);
CREATE INDEX logins_user_idx ON logins (user_id, at);
