CREATE TABLE invoices (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    locked boolean NOT NULL DEFAULT false
);
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;

CREATE POLICY invoices_tenant ON invoices
    USING (tenant_id = current_setting('app.tenant_id')::integer);
CREATE POLICY invoices_unlocked ON invoices FOR UPDATE
    USING (NOT locked) WITH CHECK (NOT locked);
