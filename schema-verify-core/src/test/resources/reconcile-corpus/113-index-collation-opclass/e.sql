CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    code character varying(10)
);
CREATE INDEX people_name_idx ON people (name COLLATE "C");
CREATE INDEX people_code_idx ON people (code COLLATE "C" varchar_pattern_ops DESC);
CREATE INDEX people_lower_idx ON people (lower(name) text_pattern_ops);
