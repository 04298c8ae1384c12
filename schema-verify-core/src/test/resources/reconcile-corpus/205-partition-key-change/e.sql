CREATE TABLE visits (id bigint NOT NULL, visited_on date NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE visits_eu PARTITION OF visits FOR VALUES IN ('eu');
CREATE TABLE visits_rest PARTITION OF visits DEFAULT;
CREATE INDEX visits_region_idx ON visits (region);
