create type public.task_status as enum ('todo', 'in_progress', 'done');

create table public.tasks (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  project_id uuid not null references public.projects (id) on delete cascade,
  title text not null check (length(title) between 1 and 500),
  status public.task_status not null default 'todo',
  assignee_id uuid references public.users (id) on delete set null,
  due_date date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index tasks_project_id_idx on public.tasks (project_id);
create index tasks_tenant_status_idx on public.tasks (tenant_id, status);

create trigger tasks_updated_at before update on public.tasks
  for each row execute function public.set_updated_at();
