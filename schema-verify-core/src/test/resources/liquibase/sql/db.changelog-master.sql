--liquibase formatted sql

--changeset alice:1
--comment: create users
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email varchar(255) NOT NULL UNIQUE
);
--rollback DROP TABLE users;

--changeset alice:2
ALTER TABLE users ADD COLUMN created_at timestamp with time zone DEFAULT now();
--rollback ALTER TABLE users DROP COLUMN created_at;

--changeset bob:3
--comment: index on created_at
CREATE INDEX users_created_at_idx ON users (created_at);
--rollback DROP INDEX users_created_at_idx;

--changeset bob:4 splitStatements:false
--comment: recent users view and a function with semicolons
CREATE VIEW recent_users AS SELECT id, email FROM users WHERE created_at > now() - interval '7 days';
CREATE FUNCTION user_count() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    RETURN (SELECT count(*) FROM users);
END;
$$;
--rollback DROP FUNCTION user_count();
--rollback DROP VIEW recent_users;

--changeset carol:5
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id)
);
--rollback DROP TABLE orders;
