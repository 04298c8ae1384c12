ALTER TABLE person ADD COLUMN admin boolean NOT NULL DEFAULT false;
