alter table public.tasks rename column due_on to due_date;
