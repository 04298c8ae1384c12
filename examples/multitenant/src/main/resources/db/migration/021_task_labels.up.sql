create table public.labels (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  name text not null,
  color text not null default '#888888' check (color ~ '^#[0-9a-f]{6}$'),
  constraint labels_tenant_name_key unique (tenant_id, name)
);

create table public.task_labels (
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  task_id bigint not null references public.tasks (id) on delete cascade,
  label_id bigint not null references public.labels (id) on delete cascade,
  primary key (task_id, label_id)
);

create index task_labels_label_id_idx on public.task_labels (label_id);

alter table public.labels enable row level security;
create policy tenant_isolation on public.labels
  using (tenant_id = public.app_current_tenant())
  with check (tenant_id = public.app_current_tenant());

alter table public.task_labels enable row level security;
create policy tenant_isolation on public.task_labels
  using (tenant_id = public.app_current_tenant())
  with check (tenant_id = public.app_current_tenant());
