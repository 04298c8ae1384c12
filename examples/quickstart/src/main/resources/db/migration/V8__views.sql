-- Read models for the application.

-- A plain view runs with its owner's rights, which bypass the RLS of the tables it reads. Until every
-- supported server has `security_invoker` (PostgreSQL 15+), the view filters by membership itself, so
-- it shows the same rows the policies on organization_members would.
create view public.organization_member_emails as
select
  m.organization_id,
  m.user_id,
  m.role,
  p.email,
  p.full_name,
  m.created_at as joined_at
from public.organization_members m
join public.profiles p on p.id = m.user_id
where public.is_org_member(m.organization_id);

revoke all on public.organization_member_emails from public;
grant select on public.organization_member_emails to authenticated;
