CREATE TYPE priority AS ENUM ('low', 'medium', 'high', 'urgent');

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority priority NOT NULL DEFAULT 'low'
);
