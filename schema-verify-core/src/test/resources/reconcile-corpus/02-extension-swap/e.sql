CREATE EXTENSION pgcrypto;

CREATE TABLE api_keys (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    label text NOT NULL,
    secret text NOT NULL DEFAULT encode(gen_random_bytes(16), 'hex')
);
