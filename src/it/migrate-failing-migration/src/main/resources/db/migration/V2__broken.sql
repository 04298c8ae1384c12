CREATE TABLE notes (id int PRIMARY KEY, profile_id bigint REFERENCES profiles);
INSERT INTO notes (id, profile_id)
    SELECT id, missing_column FROM profiles;
