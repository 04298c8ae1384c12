drop table public.comments;
