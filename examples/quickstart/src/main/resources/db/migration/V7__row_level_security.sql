-- Row-level security: every table is closed by default, and opened per command to signed-in users.
-- `anon` gets no policy at all, so the API's anonymous key reads nothing even where it has a grant.

alter table public.profiles enable row level security;
alter table public.organizations enable row level security;
alter table public.organization_members enable row level security;
alter table public.invitations enable row level security;
alter table public.api_keys enable row level security;
alter table public.invoices enable row level security;
alter table public.audit_log enable row level security;

-- Key hashes must stay hidden even from the table owner's ad-hoc sessions.
alter table public.api_keys force row level security;

-- profiles: you see yourself and the people you share an organization with.
create policy profiles_select on public.profiles
  for select to authenticated
  using (
    id = auth.uid()
    or exists (
      select 1
      from public.organization_members m
      where m.user_id = profiles.id
        and public.is_org_member(m.organization_id)
    )
  );

create policy profiles_insert on public.profiles
  for insert to authenticated
  with check (id = auth.uid());

create policy profiles_update on public.profiles
  for update to authenticated
  using (id = auth.uid())
  with check (id = auth.uid());

-- organizations
create policy organizations_select on public.organizations
  for select to authenticated
  using (public.is_org_member(id) or created_by = auth.uid());

create policy organizations_insert on public.organizations
  for insert to authenticated
  with check (created_by = auth.uid());

create policy organizations_update on public.organizations
  for update to authenticated
  using (public.is_org_admin(id))
  with check (public.is_org_admin(id));

create policy organizations_delete on public.organizations
  for delete to authenticated
  using (
    exists (
      select 1
      from public.organization_members m
      where m.organization_id = organizations.id
        and m.user_id = auth.uid()
        and m.role = 'owner'
    )
  );

-- organization_members: admins manage members; the creator of an organization may add themselves as
-- its first owner; anyone may leave.
create policy organization_members_select on public.organization_members
  for select to authenticated
  using (public.is_org_member(organization_id));

create policy organization_members_insert on public.organization_members
  for insert to authenticated
  with check (
    public.is_org_admin(organization_id)
    or (
      user_id = auth.uid()
      and role = 'owner'
      and exists (
        select 1
        from public.organizations o
        where o.id = organization_id
          and o.created_by = auth.uid()
      )
    )
  );

create policy organization_members_update on public.organization_members
  for update to authenticated
  using (public.is_org_admin(organization_id))
  with check (public.is_org_admin(organization_id));

create policy organization_members_delete on public.organization_members
  for delete to authenticated
  using (public.is_org_admin(organization_id) or user_id = auth.uid());

-- invitations: only admins see and manage them (accepting goes through a server-side function).
create policy invitations_select on public.invitations
  for select to authenticated
  using (public.is_org_admin(organization_id));

create policy invitations_insert on public.invitations
  for insert to authenticated
  with check (public.is_org_admin(organization_id) and invited_by = auth.uid());

create policy invitations_update on public.invitations
  for update to authenticated
  using (public.is_org_admin(organization_id))
  with check (public.is_org_admin(organization_id));

create policy invitations_delete on public.invitations
  for delete to authenticated
  using (public.is_org_admin(organization_id));

-- api_keys: admins create, list and revoke; keys are never deleted, so there is no DELETE policy.
create policy api_keys_select on public.api_keys
  for select to authenticated
  using (public.is_org_admin(organization_id));

create policy api_keys_insert on public.api_keys
  for insert to authenticated
  with check (public.is_org_admin(organization_id) and created_by = auth.uid());

create policy api_keys_update on public.api_keys
  for update to authenticated
  using (public.is_org_admin(organization_id))
  with check (public.is_org_admin(organization_id));

-- invoices are written by the billing service (table owner); members can only read them.
create policy invoices_select on public.invoices
  for select to authenticated
  using (public.is_org_member(organization_id));

-- audit_log is written by the membership trigger; admins can read it.
create policy audit_log_select on public.audit_log
  for select to authenticated
  using (public.is_org_admin(organization_id));

-- Grants decide which commands reach the policies at all.
grant select on public.profiles, public.organizations to anon;
grant select, insert, update on public.profiles to authenticated;
grant select, insert, update, delete on public.organizations to authenticated;
grant select, insert, update, delete on public.organization_members to authenticated;
grant select, insert, update, delete on public.invitations to authenticated;
grant select, insert, update on public.api_keys to authenticated;
grant select on public.invoices to authenticated;
grant select on public.audit_log to authenticated;
