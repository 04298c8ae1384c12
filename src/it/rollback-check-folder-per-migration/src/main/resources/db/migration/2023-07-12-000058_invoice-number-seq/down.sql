ALTER TABLE invoice DROP COLUMN number;
DROP SEQUENCE invoice_number_seq;
