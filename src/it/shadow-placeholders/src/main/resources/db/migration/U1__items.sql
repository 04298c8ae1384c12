DROP TABLE ${prefix}_items;
