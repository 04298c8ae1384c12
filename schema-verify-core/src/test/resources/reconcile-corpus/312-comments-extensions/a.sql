CREATE EXTENSION pgcrypto;
COMMENT ON EXTENSION pgcrypto IS 'hashes the API keys';
CREATE EXTENSION citext;
