-- The server's version: the number for the major, the text for people.
SELECT current_setting('server_version_num')::int AS version_num, current_setting('server_version') AS version
