CREATE SEQUENCE items_id_seq AS integer;
CREATE TABLE items (
    name text NOT NULL,
    item_no integer NOT NULL DEFAULT nextval('items_id_seq')
);
