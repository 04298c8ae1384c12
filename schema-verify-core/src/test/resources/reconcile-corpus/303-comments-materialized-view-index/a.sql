CREATE TABLE sales (
    id integer PRIMARY KEY,
    sold_on date NOT NULL,
    amount numeric NOT NULL
);
CREATE MATERIALIZED VIEW daily_sales AS SELECT sold_on, sum(amount) AS total FROM sales GROUP BY sold_on;
CREATE UNIQUE INDEX daily_sales_day_idx ON daily_sales (sold_on);
COMMENT ON INDEX daily_sales_day_idx IS 'one row a day';

CREATE MATERIALIZED VIEW big_sales AS SELECT id, amount FROM sales WHERE amount > 100;
CREATE INDEX big_sales_amount_idx ON big_sales (amount);
COMMENT ON INDEX big_sales_amount_idx IS 'largest first';
