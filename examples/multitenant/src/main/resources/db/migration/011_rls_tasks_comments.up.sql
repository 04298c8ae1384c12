-- Forced as well: the table owner (the migration role, often the application's too) obeys the policies.
alter table public.tasks enable row level security;
alter table public.tasks force row level security;
create policy tenant_isolation on public.tasks
  using (tenant_id = public.app_current_tenant())
  with check (tenant_id = public.app_current_tenant());

alter table public.comments enable row level security;
alter table public.comments force row level security;
create policy tenant_isolation on public.comments
  using (tenant_id = public.app_current_tenant())
  with check (tenant_id = public.app_current_tenant());
