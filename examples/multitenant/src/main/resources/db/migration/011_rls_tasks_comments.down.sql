drop policy tenant_isolation on public.comments;
alter table public.comments no force row level security;
alter table public.comments disable row level security;

drop policy tenant_isolation on public.tasks;
alter table public.tasks no force row level security;
alter table public.tasks disable row level security;
