CREATE TABLE visits (
    id integer PRIMARY KEY,
    page text NOT NULL
);
CREATE MATERIALIZED VIEW page_counts WITH (fillfactor = 80) AS
    SELECT page, count(*) AS hits FROM visits GROUP BY page;
CREATE MATERIALIZED VIEW pages AS SELECT DISTINCT page FROM visits;
CREATE UNIQUE INDEX pages_page_idx ON pages (page);
