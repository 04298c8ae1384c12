CREATE SEQUENCE invoice_number_seq START 1000;
ALTER TABLE invoice ADD COLUMN number bigint NOT NULL DEFAULT nextval('invoice_number_seq');
