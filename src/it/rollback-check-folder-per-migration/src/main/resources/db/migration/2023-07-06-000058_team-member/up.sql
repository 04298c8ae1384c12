CREATE TABLE team_member (
    team_id bigint NOT NULL REFERENCES team ON DELETE CASCADE,
    person_id bigint NOT NULL REFERENCES person ON DELETE CASCADE,
    PRIMARY KEY (team_id, person_id)
);
CREATE INDEX team_member_person_idx ON team_member (person_id);
