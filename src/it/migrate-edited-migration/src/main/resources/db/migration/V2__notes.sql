CREATE TABLE notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    profile_id bigint NOT NULL REFERENCES profiles,
    body text NOT NULL
);
CREATE INDEX notes_profile_id_idx ON notes (profile_id);
