CREATE TABLE sales (
    id integer PRIMARY KEY,
    day date NOT NULL,
    region text NOT NULL,
    amount numeric NOT NULL
);
CREATE MATERIALIZED VIEW daily_sales AS
    SELECT day, region, sum(amount) AS total FROM sales GROUP BY day, region;
CREATE INDEX daily_sales_day_idx ON daily_sales (day);
CREATE INDEX daily_sales_region_idx ON daily_sales (region);
