-- An append-only record of membership changes, written by a trigger.

create table public.audit_log (
  id              bigint generated always as identity primary key,
  organization_id uuid references public.organizations (id) on delete cascade,
  actor_id        uuid references public.profiles (id) on delete set null,
  action          text not null,
  target_table    text not null,
  target_id       text,
  details         jsonb not null default '{}'::jsonb,
  created_at      timestamptz not null default now(),
  constraint audit_log_action_known check (action in ('insert', 'update', 'delete'))
);

create index audit_log_organization_id_idx on public.audit_log (organization_id, created_at desc);
create index audit_log_actor_id_idx on public.audit_log (actor_id);

-- SECURITY DEFINER because members cannot insert into audit_log themselves (no INSERT policy); the
-- fixed search_path keeps a caller's objects out of the function.
create or replace function public.audit_membership_change()
  returns trigger
  language plpgsql
  security definer
  set search_path = public
as $$
declare
  changed public.organization_members;
begin
  if tg_op = 'DELETE' then
    changed := old;
  else
    changed := new;
  end if;
  insert into public.audit_log (organization_id, actor_id, action, target_table, target_id, details)
  values (
    changed.organization_id,
    auth.uid(),
    lower(tg_op),
    tg_table_name,
    changed.user_id::text,
    jsonb_build_object('role', changed.role)
  );
  return null;
end
$$;

revoke execute on function public.audit_membership_change() from public;

create trigger organization_members_audit
  after insert or update or delete on public.organization_members
  for each row execute function public.audit_membership_change();
