CREATE SCHEMA "Sales";

CREATE TABLE "Sales"."Orders" (
    "OrderId" integer PRIMARY KEY,
    "CustomerName" text NOT NULL
);
