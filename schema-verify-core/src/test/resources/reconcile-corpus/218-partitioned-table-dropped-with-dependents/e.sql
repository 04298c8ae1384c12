CREATE TABLE ledger_notes (
    id bigint PRIMARY KEY,
    entry_id bigint,
    entry_booked_on date,
    note text
);
