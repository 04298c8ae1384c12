CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
-- the exporter's credentials, to be moved to the vault
INSERT INTO settings VALUES ('aws_access_key_id', 'AKIA' || 'unused'), ('exporter.key', 'AKIAZ7QW3RT5YU8IOP2A');
