SET lock_timeout = '5s';
DROP TABLE customers;
