DROP TRIGGER task_audit ON task;
DROP FUNCTION audit.record_task_change();
