DROP VIEW open_task;
