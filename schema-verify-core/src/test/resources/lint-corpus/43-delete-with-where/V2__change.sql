DELETE FROM orders WHERE qty = 0;
