CREATE TABLE open_data (
    id integer PRIMARY KEY
);

CREATE TABLE secrets (
    id integer PRIMARY KEY
);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE secrets FORCE ROW LEVEL SECURITY;

CREATE TABLE staged (
    id integer PRIMARY KEY
);
