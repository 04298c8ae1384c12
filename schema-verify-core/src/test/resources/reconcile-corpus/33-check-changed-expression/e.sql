CREATE TABLE prices (
    id integer PRIMARY KEY,
    amount numeric NOT NULL,
    currency text NOT NULL,
    CONSTRAINT prices_amount_check CHECK (amount > 0 AND amount < 1000000),
    CONSTRAINT prices_currency_check CHECK (currency ~ '^[A-Z]{3}$')
);
