CREATE TABLE readings (id bigint NOT NULL, read_on date NOT NULL, value real) PARTITION BY RANGE (read_on);
CREATE TABLE readings_h1 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE readings_h2 PARTITION OF readings FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');
