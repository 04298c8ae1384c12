-- The application sets the tenant of each request with: select set_config('app.tenant_id', '<uuid>', true);
-- Policies read it through this function; a missing or empty setting means "no tenant" and matches nothing.
create function public.app_current_tenant()
  returns uuid
  language sql
  stable
as $$
  select nullif(current_setting('app.tenant_id', true), '')::uuid
$$;
