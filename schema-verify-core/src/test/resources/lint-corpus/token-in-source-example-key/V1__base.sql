CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
-- documentation's example key, as in the AWS docs
INSERT INTO settings VALUES ('aws_access_key_id', 'AKIAIOSFODNN7EXAMPLE'), ('stripe', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc');
