CREATE TYPE member_role AS ENUM ('owner', 'maintainer', 'viewer');
ALTER TABLE team_member ADD COLUMN role member_role NOT NULL DEFAULT 'viewer';
