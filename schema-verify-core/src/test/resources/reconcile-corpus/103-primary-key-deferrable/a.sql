CREATE TABLE slots (
    position integer,
    label text,
    CONSTRAINT slots_pkey PRIMARY KEY (position) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE seats (
    number integer PRIMARY KEY
);
