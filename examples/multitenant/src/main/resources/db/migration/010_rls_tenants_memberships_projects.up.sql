-- Every tenant-owned row is visible only while app.tenant_id names its tenant.
alter table public.tenants enable row level security;
create policy tenant_isolation on public.tenants
  using (id = public.app_current_tenant());

alter table public.memberships enable row level security;
create policy tenant_isolation on public.memberships
  using (tenant_id = public.app_current_tenant())
  with check (tenant_id = public.app_current_tenant());

alter table public.projects enable row level security;
create policy tenant_isolation on public.projects
  using (tenant_id = public.app_current_tenant())
  with check (tenant_id = public.app_current_tenant());
