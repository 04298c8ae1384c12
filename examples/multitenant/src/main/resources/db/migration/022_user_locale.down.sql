alter table public.users drop column locale;
