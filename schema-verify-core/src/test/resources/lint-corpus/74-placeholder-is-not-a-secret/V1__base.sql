-- run: PGPASSWORD=${db.password} psql -h db
-- url: postgresql://app:${APP_PASSWORD}@db/app
CREATE TABLE t (id int PRIMARY KEY);
