CREATE SCHEMA extensions;
CREATE EXTENSION pgcrypto SCHEMA extensions;
