CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    code character varying(10)
);
CREATE INDEX people_name_idx ON people (name);
CREATE INDEX people_code_idx ON people (code varchar_pattern_ops);
CREATE INDEX people_lower_idx ON people (lower(name));
