create type public.membership_role as enum ('owner', 'admin', 'member');

create table public.memberships (
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  user_id uuid not null references public.users (id) on delete cascade,
  role public.membership_role not null default 'member',
  created_at timestamptz not null default now(),
  primary key (tenant_id, user_id)
);

-- "Which tenants does this user belong to?" runs on every sign-in.
create index memberships_user_id_idx on public.memberships (user_id);
