create view public.project_task_counts as
  select p.tenant_id,
         p.id as project_id,
         p.name,
         count(t.id) filter (where t.status <> 'done') as open_tasks,
         count(t.id) as total_tasks
  from public.projects p
  left join public.tasks t on t.project_id = p.id
  group by p.tenant_id, p.id, p.name;
