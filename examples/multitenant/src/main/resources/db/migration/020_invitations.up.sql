create type public.invitation_status as enum ('pending', 'accepted', 'revoked', 'expired');

create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references public.tenants (id) on delete cascade,
  email citext not null,
  role public.membership_role not null default 'member',
  status public.invitation_status not null default 'pending',
  token_hash bytea not null,
  invited_by uuid references public.users (id) on delete set null,
  expires_at timestamptz not null default now() + interval '7 days',
  created_at timestamptz not null default now()
);

-- At most one pending invitation per address and tenant.
create unique index invitations_pending_email_idx on public.invitations (tenant_id, email)
  where status = 'pending';

alter table public.invitations enable row level security;
create policy tenant_isolation on public.invitations
  using (tenant_id = public.app_current_tenant())
  with check (tenant_id = public.app_current_tenant());
