-- Who belongs to which organization, with which role, and pending invitations.

create table public.organization_members (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  user_id         uuid not null references public.profiles (id) on delete cascade,
  role            public.member_role not null default 'member',
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  primary key (organization_id, user_id)
);

-- The primary key already serves lookups by organization_id (its leading column); this one serves
-- "which organizations is this user in", which every policy asks.
create index organization_members_user_id_idx on public.organization_members (user_id);

create trigger organization_members_set_updated_at
  before update on public.organization_members
  for each row execute function public.set_updated_at();

create table public.invitations (
  id              uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  email           text not null,
  role            public.member_role not null default 'member',
  token           text not null default encode(extensions.gen_random_bytes(24), 'hex'),
  status          public.invitation_status not null default 'pending',
  invited_by      uuid references public.profiles (id) on delete set null,
  expires_at      timestamptz not null default now() + interval '7 days',
  accepted_at     timestamptz,
  created_at      timestamptz not null default now(),
  constraint invitations_token_key unique (token),
  constraint invitations_role_not_owner check (role <> 'owner'),
  constraint invitations_accepted_has_time check ((status = 'accepted') = (accepted_at is not null))
);

create index invitations_organization_id_idx on public.invitations (organization_id);
create index invitations_invited_by_idx on public.invitations (invited_by);

-- Only pending invitations are looked up by email, and only one may be pending per address and org.
create unique index invitations_pending_email_idx
  on public.invitations (organization_id, lower(email))
  where status = 'pending';

-- Membership checks for policies. SECURITY DEFINER so that a policy on organization_members can call
-- them without recursing into its own policies; the fixed search_path stops a caller from shadowing
-- organization_members with a table of their own.
create or replace function public.is_org_member(org uuid)
  returns boolean
  language sql
  stable
  security definer
  set search_path = public
as $$
  select exists (
    select 1
    from public.organization_members m
    where m.organization_id = org
      and m.user_id = auth.uid()
  )
$$;

create or replace function public.is_org_admin(org uuid)
  returns boolean
  language sql
  stable
  security definer
  set search_path = public
as $$
  select exists (
    select 1
    from public.organization_members m
    where m.organization_id = org
      and m.user_id = auth.uid()
      and m.role in ('owner', 'admin')
  )
$$;

revoke execute on function public.is_org_member(uuid) from public;
revoke execute on function public.is_org_admin(uuid) from public;
grant execute on function public.is_org_member(uuid) to authenticated;
grant execute on function public.is_org_admin(uuid) to authenticated;
