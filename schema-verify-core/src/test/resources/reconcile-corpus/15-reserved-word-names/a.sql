CREATE TABLE "user" (
    id integer PRIMARY KEY,
    "group" text
);

CREATE TABLE "order" (
    id integer PRIMARY KEY,
    "from" text NOT NULL
);
