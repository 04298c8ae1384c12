CREATE TABLE config (key text PRIMARY KEY, value text);
INSERT INTO config VALUES ('service_key', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJlLW5vdC1yZWFs');
