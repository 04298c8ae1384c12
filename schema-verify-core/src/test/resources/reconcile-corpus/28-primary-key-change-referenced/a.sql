CREATE TABLE memberships (
    tenant_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT memberships_pkey PRIMARY KEY (tenant_id, user_id)
);

CREATE TABLE membership_roles (
    tenant_id integer NOT NULL,
    user_id integer NOT NULL,
    role text NOT NULL,
    CONSTRAINT membership_roles_membership_fkey FOREIGN KEY (tenant_id, user_id)
        REFERENCES memberships (tenant_id, user_id)
);
