-- Indexes with the same definition as an older index of the same table: same columns or expressions,
-- operator classes, collations, sort options, predicate, uniqueness and access method.
select table_name, index_name, duplicate_of from (
select n.nspname || '.' || c.relname as table_name, n.nspname || '.' || ic.relname as index_name,
       n.nspname || '.' || (select oc.relname from pg_index o join pg_class oc on oc.oid = o.indexrelid
            where o.indrelid = i.indrelid and o.indexrelid < i.indexrelid
              and o.indkey::text = i.indkey::text and o.indclass::text = i.indclass::text
              and o.indcollation::text = i.indcollation::text and o.indoption::text = i.indoption::text and o.indisunique = i.indisunique
              and coalesce(pg_get_expr(o.indexprs, o.indrelid), '') = coalesce(pg_get_expr(i.indexprs, i.indrelid), '')
              and coalesce(pg_get_expr(o.indpred, o.indrelid), '') = coalesce(pg_get_expr(i.indpred, i.indrelid), '')
              and oc.relam = ic.relam
            order by o.indexrelid limit 1) as duplicate_of
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_class c on c.oid = i.indrelid
join pg_namespace n on n.oid = c.relnamespace
where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
) d
where duplicate_of is not null
order by 1, 2
