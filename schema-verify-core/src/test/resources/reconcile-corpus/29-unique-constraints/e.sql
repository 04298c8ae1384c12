CREATE TABLE pages (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    slug text NOT NULL,
    kind text NOT NULL,
    email text,
    code text,
    CONSTRAINT pages_slug_key UNIQUE (tenant_id, kind, slug),
    CONSTRAINT pages_code_key UNIQUE (code)
);
