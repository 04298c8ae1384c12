CREATE TABLE documents (id bigint PRIMARY KEY, tenant text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_tenant ON documents USING (tenant = current_setting('app.tenant', true));
