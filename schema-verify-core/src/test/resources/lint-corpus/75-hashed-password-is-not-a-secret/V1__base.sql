DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'corpus_hashed') THEN
    CREATE ROLE corpus_hashed LOGIN PASSWORD 'md5a3556571e93b0d20722ba62be61e8c2d';
  END IF;
END $$;
