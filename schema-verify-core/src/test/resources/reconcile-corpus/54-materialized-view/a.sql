CREATE TABLE orders (
    id integer PRIMARY KEY,
    placed_on date NOT NULL,
    total numeric NOT NULL
);

CREATE MATERIALIZED VIEW daily_revenue AS SELECT placed_on, sum(total) AS revenue FROM orders GROUP BY placed_on;
CREATE MATERIALIZED VIEW order_count AS SELECT count(*) AS n FROM orders;
CREATE VIEW monthly_revenue AS
    SELECT date_trunc('month', placed_on) AS month, sum(total) AS revenue FROM orders GROUP BY 1;
