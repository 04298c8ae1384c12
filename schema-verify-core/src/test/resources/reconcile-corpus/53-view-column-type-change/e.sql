CREATE TABLE measurements (
    id integer PRIMARY KEY,
    reading bigint NOT NULL
);

CREATE VIEW high_readings AS SELECT id, reading FROM measurements WHERE reading > 1000;
CREATE MATERIALIZED VIEW reading_stats AS SELECT max(reading) AS top FROM measurements;
