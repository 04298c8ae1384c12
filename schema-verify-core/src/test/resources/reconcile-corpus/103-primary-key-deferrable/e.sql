CREATE TABLE slots (
    position integer,
    label text,
    CONSTRAINT slots_pkey PRIMARY KEY (position)
);
CREATE TABLE seats (
    number integer,
    CONSTRAINT seats_pkey PRIMARY KEY (number) DEFERRABLE
);
