-- PostgreSQL cannot drop an enum value: rebuild the type without it, and everything that uses it.
drop view public.project_task_counts;

update public.tasks set status = 'in_progress' where status = 'blocked';

alter type public.task_status rename to task_status_with_blocked;
create type public.task_status as enum ('todo', 'in_progress', 'done');
alter table public.tasks alter column status drop default;
alter table public.tasks
  alter column status type public.task_status using status::text::public.task_status;
alter table public.tasks alter column status set default 'todo';
drop type public.task_status_with_blocked;

create view public.project_task_counts as
  select p.tenant_id,
         p.id as project_id,
         p.name,
         count(t.id) filter (where t.status <> 'done') as open_tasks,
         count(t.id) as total_tasks
  from public.projects p
  left join public.tasks t on t.project_id = p.id
  group by p.tenant_id, p.id, p.name;
