-- Enterprise tenants plan budgets above 99,999,999.99.
alter table public.projects alter column budget type numeric(14, 2);
