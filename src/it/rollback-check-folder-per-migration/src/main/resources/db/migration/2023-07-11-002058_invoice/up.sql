CREATE TABLE invoice (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id bigint NOT NULL REFERENCES team,
    amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
    issued_on date NOT NULL DEFAULT current_date
);
