drop policy tenant_isolation on public.projects;
alter table public.projects disable row level security;

drop policy tenant_isolation on public.memberships;
alter table public.memberships disable row level security;

drop policy tenant_isolation on public.tenants;
alter table public.tenants disable row level security;
