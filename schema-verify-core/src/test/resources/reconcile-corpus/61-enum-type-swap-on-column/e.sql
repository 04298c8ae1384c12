CREATE TYPE log_level AS ENUM ('debug', 'info', 'warn', 'error');

CREATE TABLE log_lines (
    id bigint PRIMARY KEY,
    level log_level NOT NULL DEFAULT 'info'
);

CREATE VIEW errors AS SELECT id FROM log_lines WHERE level = 'error';
