alter table public.comments add column edited_at timestamptz;
