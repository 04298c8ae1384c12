CREATE TABLE metrics (
    id bigint NOT NULL,
    measured_on date NOT NULL,
    region text NOT NULL,
    value double precision,
    PRIMARY KEY (id, measured_on, region)
) PARTITION BY RANGE (measured_on);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);
CREATE TABLE metrics_2024_eu PARTITION OF metrics_2024 FOR VALUES IN ('eu');
CREATE TABLE metrics_2024_us (
    id bigint NOT NULL,
    measured_on date NOT NULL,
    region text NOT NULL,
    value double precision,
    CONSTRAINT metrics_2024_us_pkey PRIMARY KEY (id, measured_on, region)
);
