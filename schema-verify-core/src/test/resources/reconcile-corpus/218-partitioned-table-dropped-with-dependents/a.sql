CREATE TABLE ledger (
    id bigint NOT NULL,
    booked_on date NOT NULL,
    amount numeric NOT NULL,
    PRIMARY KEY (id, booked_on)
) PARTITION BY RANGE (booked_on);
CREATE TABLE ledger_2024 PARTITION OF ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ledger_2025 PARTITION OF ledger FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE ledger_notes (
    id bigint PRIMARY KEY,
    entry_id bigint,
    entry_booked_on date,
    note text,
    CONSTRAINT ledger_notes_entry_fkey FOREIGN KEY (entry_id, entry_booked_on) REFERENCES ledger (id, booked_on)
);
CREATE VIEW ledger_totals AS SELECT booked_on, sum(amount) AS total FROM ledger GROUP BY booked_on;
