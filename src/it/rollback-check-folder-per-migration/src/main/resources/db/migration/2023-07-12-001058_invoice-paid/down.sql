ALTER TABLE invoice DROP COLUMN paid_at;
ALTER TABLE invoice DROP COLUMN issued_on;
