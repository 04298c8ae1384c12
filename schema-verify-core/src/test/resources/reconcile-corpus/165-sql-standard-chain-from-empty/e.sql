CREATE TABLE placeholder (id integer PRIMARY KEY);

CREATE FUNCTION c_base() RETURNS integer LANGUAGE sql IMMUTABLE RETURN 7;
CREATE FUNCTION b_double() RETURNS integer LANGUAGE sql IMMUTABLE RETURN c_base() * 2;
CREATE FUNCTION a_quadruple() RETURNS integer LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT b_double() * 2;
END;
CREATE FUNCTION valid_score(score integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN score <= a_quadruple();

CREATE TABLE scores (
    id integer PRIMARY KEY,
    score integer NOT NULL DEFAULT b_double(),
    CONSTRAINT scores_valid CHECK (valid_score(score))
);

CREATE VIEW score_limits AS SELECT a_quadruple() AS upper_limit, c_base() AS base;
