CREATE TYPE member_role AS ENUM ('owner', 'member');
CREATE TABLE members (id int PRIMARY KEY, role member_role NOT NULL);
