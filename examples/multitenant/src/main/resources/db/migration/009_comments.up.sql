create table public.comments (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  task_id bigint not null references public.tasks (id) on delete cascade,
  author_id uuid not null references public.users (id),
  body text not null check (length(body) <= 10000),
  created_at timestamptz not null default now()
);

create index comments_task_id_idx on public.comments (task_id);
create index comments_author_id_idx on public.comments (author_id);
