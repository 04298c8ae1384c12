CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW active_users AS SELECT id, name, email FROM users WHERE active AND email IS NOT NULL;
CREATE VIEW user_emails AS SELECT id, email FROM users;
