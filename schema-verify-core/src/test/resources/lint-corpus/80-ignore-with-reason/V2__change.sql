SET lock_timeout = '5s';
-- schema-verify:ignore table-rewrite orders is empty in every environment
-- schema-verify:ignore access-exclusive-lock same
ALTER TABLE orders ALTER COLUMN qty TYPE bigint;
