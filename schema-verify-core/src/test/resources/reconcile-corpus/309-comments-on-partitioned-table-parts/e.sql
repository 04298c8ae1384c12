CREATE TABLE events (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (id, happened_on)
) PARTITION BY RANGE (happened_on);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_kind_idx ON events (kind);
CREATE INDEX events_2024_happened_idx ON events_2024 (happened_on);
COMMENT ON CONSTRAINT events_pkey ON events IS 'one row per event and day';
COMMENT ON INDEX events_kind_idx IS 'by kind, on every partition';
COMMENT ON INDEX events_2024_happened_idx IS 'only 2024';
