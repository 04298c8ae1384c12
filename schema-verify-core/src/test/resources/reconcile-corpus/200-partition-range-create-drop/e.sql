CREATE TABLE accounts (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE measurements (
    id bigint NOT NULL,
    taken_on date NOT NULL,
    account_id integer NOT NULL,
    value numeric(12, 2),
    CONSTRAINT measurements_pkey PRIMARY KEY (id, taken_on),
    CONSTRAINT measurements_value_check CHECK (value >= 0)
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_other PARTITION OF measurements DEFAULT;
CREATE INDEX measurements_account_idx ON measurements (account_id, taken_on DESC);
