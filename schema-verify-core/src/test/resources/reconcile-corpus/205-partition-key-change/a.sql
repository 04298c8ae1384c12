CREATE TABLE visits (id bigint NOT NULL, visited_on date NOT NULL, region text NOT NULL) PARTITION BY RANGE (visited_on);
CREATE TABLE visits_2024 PARTITION OF visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE visits_2025 PARTITION OF visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX visits_region_idx ON visits (region);
