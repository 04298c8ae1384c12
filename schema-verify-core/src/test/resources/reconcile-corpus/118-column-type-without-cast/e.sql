CREATE TABLE logins (
    id integer PRIMARY KEY,
    at timestamp without time zone NOT NULL DEFAULT now(),
    ip inet
);
