ALTER TABLE accounts ADD COLUMN email text;
CREATE UNIQUE INDEX accounts_email_idx ON accounts (lower(email));
