CREATE EXTENSION pgcrypto;
CREATE EXTENSION citext;
COMMENT ON EXTENSION citext IS 'case-insensitive e-mail addresses';
CREATE EXTENSION "uuid-ossp";
COMMENT ON EXTENSION "uuid-ossp" IS 'ids for imported rows';
