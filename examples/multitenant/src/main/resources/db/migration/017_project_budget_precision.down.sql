alter table public.projects alter column budget type numeric(10, 2);
