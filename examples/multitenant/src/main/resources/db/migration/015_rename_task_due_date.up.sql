alter table public.tasks rename column due_date to due_on;
