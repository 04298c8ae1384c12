CREATE TYPE ticket_state AS ENUM ('open', 'pending', 'closed');

CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tickets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    state ticket_state NOT NULL DEFAULT 'open',
    subject text NOT NULL CHECK (length(subject) > 0),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX tickets_customer_idx ON tickets (customer_id);
CREATE INDEX tickets_open_idx ON tickets (updated_at DESC) WHERE state <> 'closed';

CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER tickets_touch BEFORE UPDATE ON tickets FOR EACH ROW EXECUTE FUNCTION touch();

CREATE VIEW open_tickets AS
    SELECT t.id, c.email, t.subject FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE t.state = 'open';
