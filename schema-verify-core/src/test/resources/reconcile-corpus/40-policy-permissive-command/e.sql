CREATE TABLE notes (
    id integer PRIMARY KEY,
    owner name NOT NULL DEFAULT current_user,
    archived boolean NOT NULL DEFAULT false
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;

CREATE POLICY notes_visible ON notes AS RESTRICTIVE FOR SELECT USING (NOT archived);
CREATE POLICY notes_owner ON notes FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY notes_insert ON notes FOR INSERT WITH CHECK (owner = current_user);
CREATE POLICY notes_delete ON notes FOR DELETE USING (owner = current_user AND archived);
CREATE POLICY notes_read ON notes FOR SELECT USING (true);
