SET lock_timeout = '5s';
-- schema-verify:ignore table-rewrite approved in review
ALTER TABLE orders ALTER COLUMN qty TYPE bigint;
ALTER TABLE customers ALTER COLUMN id TYPE bigint;
