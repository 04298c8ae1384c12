DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
    RAISE NOTICE 'placeholders are left alone in dollar quotes: ${app_role}';
  END IF;
END $$;
CREATE TABLE events (id bigint PRIMARY KEY, kept_days int NOT NULL DEFAULT ${retention_days});
COMMENT ON TABLE events IS 'read by ${app_role}';
