CREATE TABLE sales (
    id bigint NOT NULL,
    sold_on date NOT NULL,
    region text NOT NULL,
    amount numeric NOT NULL,
    PRIMARY KEY (id, sold_on, region)
) PARTITION BY RANGE (sold_on);
CREATE TABLE sales_2023 PARTITION OF sales FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE sales_2024 PARTITION OF sales FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);
CREATE TABLE sales_2024_eu PARTITION OF sales_2024 FOR VALUES IN ('eu');
CREATE TABLE sales_2024_us PARTITION OF sales_2024 FOR VALUES IN ('us', 'ca');
CREATE INDEX sales_region_idx ON sales (region);
