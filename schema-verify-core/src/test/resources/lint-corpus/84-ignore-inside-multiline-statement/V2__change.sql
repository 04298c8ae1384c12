SET lock_timeout = '5s';
ALTER TABLE orders
    -- schema-verify:ignore table-rewrite orders is small
    ALTER COLUMN qty TYPE bigint;
