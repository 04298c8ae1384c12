-- Built without locking writes on a large live table; CONCURRENTLY cannot run in a transaction, so
-- this migration runs with autocommit.
create index concurrently tasks_assignee_id_idx on public.tasks (assignee_id) where assignee_id is not null;
