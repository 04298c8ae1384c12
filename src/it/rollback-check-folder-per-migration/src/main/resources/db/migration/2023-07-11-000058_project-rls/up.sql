ALTER TABLE project ENABLE ROW LEVEL SECURITY;
CREATE POLICY project_team ON project
    USING (team_id = current_setting('app.team_id', true)::bigint);
