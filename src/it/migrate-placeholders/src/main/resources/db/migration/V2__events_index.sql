-- schema-verify:no-transaction
-- (an index on a busy table: built outside a transaction, as the directive asks)
CREATE INDEX events_kept_days ON events (kept_days);
