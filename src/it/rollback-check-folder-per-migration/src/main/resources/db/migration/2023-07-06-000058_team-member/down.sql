DROP TABLE team_member;
