CREATE TABLE tenants (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE activity (
    id bigint NOT NULL,
    tenant_id integer NOT NULL REFERENCES tenants,
    occurred_at timestamp NOT NULL,
    action text NOT NULL,
    PRIMARY KEY (id, occurred_at, tenant_id)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE activity_2024_01 PARTITION OF activity
    FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2024-02-01 00:00:00') PARTITION BY HASH (tenant_id);
CREATE TABLE activity_2024_01_h0 PARTITION OF activity_2024_01 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE activity_2024_01_h1 PARTITION OF activity_2024_01 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE INDEX activity_tenant_idx ON activity (tenant_id, occurred_at);
ALTER TABLE activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY activity_tenant ON activity USING (tenant_id = current_setting('app.tenant')::integer);
CREATE VIEW recent_activity AS SELECT tenant_id, action, occurred_at FROM activity WHERE occurred_at > '2024-01-15';
