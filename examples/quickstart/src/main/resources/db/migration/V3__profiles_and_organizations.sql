-- People and the organizations (tenants) they belong to.

-- One row per signed-in user; the id is the JWT subject (auth.uid()). On Supabase this would also
-- reference auth.users(id); the stub auth schema has no users table, so nothing is referenced here.
create table public.profiles (
  id          uuid primary key,
  email       text not null,
  full_name   text,
  avatar_url  text,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  constraint profiles_email_key unique (email),
  constraint profiles_email_format check (email ~* '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  constraint profiles_full_name_length check (char_length(full_name) <= 200)
);

create table public.organizations (
  id          uuid primary key default extensions.uuid_generate_v4(),
  slug        text not null,
  name        text not null,
  billing_email text,
  created_by  uuid references public.profiles (id) on delete set null,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  constraint organizations_slug_key unique (slug),
  constraint organizations_slug_format check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  constraint organizations_name_not_blank check (length(btrim(name)) > 0)
);

create index organizations_created_by_idx on public.organizations (created_by);

create trigger profiles_set_updated_at
  before update on public.profiles
  for each row execute function public.set_updated_at();

create trigger organizations_set_updated_at
  before update on public.organizations
  for each row execute function public.set_updated_at();
