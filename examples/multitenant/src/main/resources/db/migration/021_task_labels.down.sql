drop table public.task_labels;
drop table public.labels;
