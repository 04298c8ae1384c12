CREATE TABLE "user" (
    id integer PRIMARY KEY,
    "group" text NOT NULL DEFAULT 'default',
    "check" boolean
);

CREATE TABLE "order" (
    id integer PRIMARY KEY,
    "from" text NOT NULL,
    "user" integer,
    "where" boolean NOT NULL DEFAULT true,
    CONSTRAINT "references" FOREIGN KEY ("user") REFERENCES "user" (id),
    CONSTRAINT "check" CHECK ("from" <> '')
);
CREATE INDEX "index" ON "order" ("user");

CREATE TABLE "select" (
    "table" integer PRIMARY KEY,
    "column" text
);
