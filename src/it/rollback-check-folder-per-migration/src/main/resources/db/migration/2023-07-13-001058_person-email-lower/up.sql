CREATE UNIQUE INDEX person_email_lower_idx ON person (lower(email));
