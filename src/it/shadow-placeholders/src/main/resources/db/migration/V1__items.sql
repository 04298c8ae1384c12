-- the table name and a default come from the pom: ${prefix}, ${retention_days}
CREATE TABLE ${prefix}_items (
    id bigint PRIMARY KEY,
    kept_days integer NOT NULL DEFAULT ${retention_days}
);
