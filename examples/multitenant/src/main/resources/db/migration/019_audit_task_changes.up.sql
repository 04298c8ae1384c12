create function audit.record_task_change()
  returns trigger
  language plpgsql
  security definer
  set search_path = pg_catalog, public
as $$
declare
  changed public.tasks;
begin
  changed := case when tg_op = 'DELETE' then old else new end;
  insert into audit.events (tenant_id, action, table_name, row_id, payload)
  values (changed.tenant_id, lower(tg_op), tg_table_name, changed.id::text, to_jsonb(changed));
  return null;
end
$$;

create trigger tasks_audit after insert or update or delete on public.tasks
  for each row execute function audit.record_task_change();
