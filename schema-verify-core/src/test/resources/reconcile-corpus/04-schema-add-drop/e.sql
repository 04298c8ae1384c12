CREATE SCHEMA reporting;

CREATE SEQUENCE reporting.run_no;

CREATE TABLE reporting.daily_totals (
    day date PRIMARY KEY,
    total numeric(14, 2) NOT NULL DEFAULT 0
);
