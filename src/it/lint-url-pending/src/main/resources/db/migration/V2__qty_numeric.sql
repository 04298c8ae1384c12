-- Deployed last month: it rewrote orders then. The target has it, so lint with a url leaves it alone.
ALTER TABLE orders ALTER COLUMN qty TYPE numeric(12,2);
