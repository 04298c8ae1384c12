create schema audit;

create table audit.events (
  id bigint generated always as identity primary key,
  tenant_id uuid not null,
  actor text not null default current_user,
  action text not null check (action in ('insert', 'update', 'delete')),
  table_name text not null,
  row_id text not null,
  payload jsonb,
  at timestamptz not null default now()
);

-- Append-only and queried by time range: a BRIN index stays tiny.
create index events_at_idx on audit.events using brin (at);
create index events_tenant_id_idx on audit.events (tenant_id);
