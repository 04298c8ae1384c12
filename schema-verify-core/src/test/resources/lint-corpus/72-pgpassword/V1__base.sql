-- run: PGPASSWORD=hunter22hunter psql -h db -f seed.sql
CREATE TABLE t (id int PRIMARY KEY);
