drop table public.projects;
