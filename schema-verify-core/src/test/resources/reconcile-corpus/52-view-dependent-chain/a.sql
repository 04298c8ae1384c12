CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric NOT NULL
);

CREATE VIEW sales_by_region AS SELECT region, count(*) AS n, sum(amount) AS total FROM sales GROUP BY region;
CREATE VIEW big_regions AS SELECT region, n, total FROM sales_by_region WHERE n > 100;
CREATE VIEW big_region_names AS SELECT region FROM big_regions;
