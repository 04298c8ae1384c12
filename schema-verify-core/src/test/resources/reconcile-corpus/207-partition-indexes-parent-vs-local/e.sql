CREATE TABLE events (
    id bigint NOT NULL,
    happened_at timestamp NOT NULL,
    kind text NOT NULL,
    payload jsonb
) PARTITION BY RANGE (happened_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2025-01-01 00:00:00');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01 00:00:00') TO ('2026-01-01 00:00:00');
CREATE INDEX events_kind_idx ON events (kind, happened_at DESC);
CREATE UNIQUE INDEX events_id_key ON events (id, happened_at);
CREATE INDEX events_2025_recent_idx ON events_2025 (happened_at) WHERE kind = 'click';
