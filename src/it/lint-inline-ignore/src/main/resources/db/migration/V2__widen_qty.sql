SET lock_timeout = '5s';
-- schema-verify:ignore table-rewrite orders holds 40 rows; rewritten in the release window
-- schema-verify:ignore access-exclusive-lock same release window
ALTER TABLE orders ALTER COLUMN qty TYPE bigint;
