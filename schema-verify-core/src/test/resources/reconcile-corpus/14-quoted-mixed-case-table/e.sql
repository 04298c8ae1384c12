CREATE TABLE "LineItem" (
    "LineItemId" integer PRIMARY KEY,
    "Qty" integer NOT NULL,
    "SKU" text NOT NULL,
    "Unit Price" numeric(10, 2) NOT NULL DEFAULT 0,
    CONSTRAINT "Qty > 0" CHECK ("Qty" > 0)
);
CREATE INDEX "IX LineItem.SKU" ON "LineItem" ("SKU", "Qty");

CREATE TABLE "Line Item Note" (
    "Id" integer PRIMARY KEY,
    "LineItemId" integer NOT NULL,
    CONSTRAINT "FK_Note_LineItem" FOREIGN KEY ("LineItemId") REFERENCES "LineItem" ("LineItemId")
);
