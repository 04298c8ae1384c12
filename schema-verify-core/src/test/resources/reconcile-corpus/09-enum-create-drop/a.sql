CREATE TYPE legacy_flag AS ENUM ('yes', 'no');

CREATE TABLE widgets (
    id integer PRIMARY KEY
);
