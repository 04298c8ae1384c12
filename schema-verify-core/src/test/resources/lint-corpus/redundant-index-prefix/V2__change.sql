CREATE INDEX orders_customer_only ON orders (customer_id);
