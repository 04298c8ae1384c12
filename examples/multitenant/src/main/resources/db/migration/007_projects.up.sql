create table public.projects (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  name text not null,
  budget numeric(10, 2),
  archived_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint projects_tenant_name_key unique (tenant_id, name)
);

create trigger projects_updated_at before update on public.projects
  for each row execute function public.set_updated_at();
