drop view public.project_task_counts;
