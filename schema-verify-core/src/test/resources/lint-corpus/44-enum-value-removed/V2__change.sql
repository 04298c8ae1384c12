ALTER TYPE state RENAME TO state_old;
CREATE TYPE state AS ENUM ('new', 'paid');
DROP TYPE state_old;
