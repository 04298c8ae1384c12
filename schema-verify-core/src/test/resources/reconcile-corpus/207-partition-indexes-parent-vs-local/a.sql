CREATE TABLE events (
    id bigint NOT NULL,
    happened_at timestamp NOT NULL,
    kind text NOT NULL,
    payload jsonb
) PARTITION BY RANGE (happened_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2025-01-01 00:00:00');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01 00:00:00') TO ('2026-01-01 00:00:00');
CREATE INDEX events_happened_idx ON events (happened_at);
CREATE INDEX events_2024_payload_idx ON events_2024 USING gin (payload);
