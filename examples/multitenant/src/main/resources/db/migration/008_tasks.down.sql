drop table public.tasks;
drop type public.task_status;
