CREATE TABLE "LineItem" (
    "LineItemId" integer PRIMARY KEY,
    "Qty" integer NOT NULL,
    "SKU" text NOT NULL
);
