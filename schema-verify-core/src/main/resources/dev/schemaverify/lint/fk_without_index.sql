-- Foreign keys whose columns are not the leading columns (in any order) of an index of their table.
select n.nspname || '.' || c.relname as table_name, k.conname,
       (select string_agg(a.attname, ', ' order by u.ord) from unnest(k.conkey) with ordinality u(attnum, ord)
        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum) as columns
from pg_constraint k
join pg_class c on c.oid = k.conrelid
join pg_namespace n on n.oid = c.relnamespace
where k.contype = 'f' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%' and c.relkind in ('r', 'p')
  and not exists (
      select 1 from pg_index i
      where i.indrelid = k.conrelid and i.indpred is null
        and (select array_agg(x order by x) from unnest((i.indkey::int2[])[0:cardinality(k.conkey) - 1]) x)
            = (select array_agg(x order by x) from unnest(k.conkey) x))
order by 1, 2
