alter table public.comments drop column edited_at;
