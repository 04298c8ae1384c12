ALTER TABLE team_member DROP COLUMN role;
DROP TYPE member_role;
