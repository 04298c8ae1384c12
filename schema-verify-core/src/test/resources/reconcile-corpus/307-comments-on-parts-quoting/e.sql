CREATE TABLE "Order Lines" (
    "Id" integer CONSTRAINT "Order Lines PK" PRIMARY KEY,
    qty integer CONSTRAINT "Qty>0" CHECK (qty > 0)
);
CREATE INDEX "Order Lines By Qty" ON "Order Lines" (qty);
COMMENT ON CONSTRAINT "Order Lines PK" ON "Order Lines" IS 'it''s the key';
COMMENT ON CONSTRAINT "Qty>0" ON "Order Lines" IS E'line one\nline two with a \\ backslash';
COMMENT ON INDEX "Order Lines By Qty" IS '$reconcile$ and "double" quotes';
