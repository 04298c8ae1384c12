DROP FUNCTION project_open_tasks(bigint);
