CREATE INDEX project_name_idx ON project (lower(name));
CREATE INDEX project_active_idx ON project (team_id) WHERE NOT archived;
