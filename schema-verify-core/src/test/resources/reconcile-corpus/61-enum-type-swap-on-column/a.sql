CREATE TYPE old_level AS ENUM ('debug', 'info', 'error');

CREATE TABLE log_lines (
    id bigint PRIMARY KEY,
    level old_level NOT NULL DEFAULT 'info'
);

CREATE VIEW errors AS SELECT id FROM log_lines WHERE level = 'error';
