SET lock_timeout = '5s';
CREATE SCHEMA archive;
ALTER TABLE customers SET SCHEMA archive;
