drop index concurrently if exists public.tasks_assignee_id_idx;
