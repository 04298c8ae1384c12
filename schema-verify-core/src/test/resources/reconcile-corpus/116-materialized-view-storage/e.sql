CREATE TABLE visits (
    id integer PRIMARY KEY,
    page text NOT NULL
);
CREATE MATERIALIZED VIEW page_counts WITH (autovacuum_enabled = false) AS
    SELECT page, count(*) AS hits FROM visits GROUP BY page;
CREATE MATERIALIZED VIEW pages AS SELECT DISTINCT page FROM visits WHERE page <> '';
CREATE UNIQUE INDEX pages_page_idx ON pages (page);
