ALTER TABLE invoice ADD COLUMN paid_at timestamptz;
