CREATE TABLE logs (id bigint NOT NULL, logged_at timestamp NOT NULL, message text);
