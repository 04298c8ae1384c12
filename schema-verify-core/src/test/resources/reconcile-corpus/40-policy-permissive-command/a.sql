CREATE TABLE notes (
    id integer PRIMARY KEY,
    owner name NOT NULL DEFAULT current_user,
    archived boolean NOT NULL DEFAULT false
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;

CREATE POLICY notes_visible ON notes FOR SELECT USING (NOT archived);
CREATE POLICY notes_owner ON notes USING (owner = current_user);
