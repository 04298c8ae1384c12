SET lock_timeout = '5s';
CLUSTER orders USING orders_pkey;
