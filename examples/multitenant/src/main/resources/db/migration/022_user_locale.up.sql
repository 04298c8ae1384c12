alter table public.users
  add column locale text not null default 'en'
  constraint users_locale_check check (locale ~ '^[a-z]{2}(-[A-Z]{2})?$');
