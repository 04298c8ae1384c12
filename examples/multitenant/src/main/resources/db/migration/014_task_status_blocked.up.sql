alter type public.task_status add value 'blocked' after 'in_progress';
