-- Extensions, the auth helpers policies rely on, and the API roles.
--
-- On Supabase the `auth` schema and the `anon` / `authenticated` roles already exist. On a plain
-- PostgreSQL (CI, a shadow database, a developer laptop) this migration creates stand-ins with the same
-- names and behaviour, so the rest of the migrations run unchanged everywhere.

create schema if not exists extensions;

-- Both extensions are "trusted" since PostgreSQL 13: a database owner can create them without superuser.
create extension if not exists "uuid-ossp" with schema extensions;
create extension if not exists pgcrypto with schema extensions;

-- Roles are cluster-wide while migrations run per database, so the same server may see this many times
-- (one shadow database per build, parallel builds). Check first, and tolerate losing a race.
do $$
begin
  if not exists (select 1 from pg_catalog.pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
exception when duplicate_object then
  null;
end
$$;

do $$
begin
  if not exists (select 1 from pg_catalog.pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
exception when duplicate_object then
  null;
end
$$;

create schema if not exists auth;

-- The id of the signed-in user, taken from the JWT claims the API layer sets per request
-- (`set local request.jwt.claim.sub = '...'`). NULL for anonymous requests.
create or replace function auth.uid()
  returns uuid
  language sql
  stable
as $$
  select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid
$$;

grant usage on schema auth to anon, authenticated;
grant usage on schema extensions to anon, authenticated;
grant usage on schema public to anon, authenticated;
grant execute on function auth.uid() to anon, authenticated;
