drop table public.tenants;
drop type public.tenant_plan;
