CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
-- app.jwt_secret = '${jwt.secret}' is set at deploy time
-- api_key: changeme
INSERT INTO settings VALUES ('token_column', 'access_token_hash');
