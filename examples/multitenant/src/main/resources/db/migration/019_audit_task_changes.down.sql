drop trigger tasks_audit on public.tasks;
drop function audit.record_task_change();
