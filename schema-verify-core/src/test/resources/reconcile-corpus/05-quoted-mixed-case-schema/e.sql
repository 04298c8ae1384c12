CREATE SCHEMA "Sales";
CREATE SCHEMA sales;

CREATE TABLE "Sales"."Orders" (
    "OrderId" integer PRIMARY KEY,
    "CustomerName" text NOT NULL,
    "ShippedAt" timestamptz,
    "Ref" text,
    CONSTRAINT "UQ_Orders_Ref" UNIQUE ("Ref")
);
CREATE INDEX "Orders_CustomerName_idx" ON "Sales"."Orders" ("CustomerName");

CREATE TABLE sales.orders (
    order_id integer PRIMARY KEY,
    "customerName" text
);
