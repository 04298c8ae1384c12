CREATE TABLE pages (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    slug text NOT NULL,
    kind text NOT NULL,
    email text,
    code text,
    CONSTRAINT pages_email_key UNIQUE (email),
    CONSTRAINT pages_slug_key UNIQUE (tenant_id, slug)
);
