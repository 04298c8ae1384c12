DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_app') THEN
    CREATE ROLE corpus_app LOGIN PASSWORD 'app-password-2024';
  END IF;
END $$;
