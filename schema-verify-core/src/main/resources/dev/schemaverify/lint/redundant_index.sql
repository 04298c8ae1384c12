-- B-tree indexes whose key columns are a leading prefix of another valid b-tree index's key columns on
-- the same table, with the same operator classes, collations and sort options on those columns and the
-- same predicate. An index that is unique, backs a constraint, has expressions or INCLUDE columns is
-- never the redundant one. Indexes of partitions are not reported: their partitioned index is.
select n.nspname || '.' || c.relname as table_name, n.nspname || '.' || ic.relname as index_name,
       (select string_agg(n.nspname || '.' || oc.relname, ', ' order by oc.relname)
          from pg_index o join pg_class oc on oc.oid = o.indexrelid
         where o.indrelid = i.indrelid and o.indexrelid <> i.indexrelid and o.indisvalid
           and o.indnkeyatts > i.indnkeyatts and oc.relam = ic.relam
           and coalesce(pg_get_expr(o.indpred, o.indrelid), '') = coalesce(pg_get_expr(i.indpred, i.indrelid), '')
           and (select bool_and(o.indkey[k] = i.indkey[k] and o.indclass[k] = i.indclass[k]
                                and o.indcollation[k] = i.indcollation[k] and o.indoption[k] = i.indoption[k])
                  from generate_series(0, i.indnkeyatts - 1) k)) as covered_by
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_am am on am.oid = ic.relam and am.amname = 'btree'
join pg_class c on c.oid = i.indrelid
join pg_namespace n on n.oid = c.relnamespace
where not i.indisunique and i.indexprs is null and i.indnatts = i.indnkeyatts and not ic.relispartition
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
  and exists (select 1 from pg_index o join pg_class oc on oc.oid = o.indexrelid
               where o.indrelid = i.indrelid and o.indexrelid <> i.indexrelid and o.indisvalid
                 and o.indnkeyatts > i.indnkeyatts and oc.relam = ic.relam
                 and coalesce(pg_get_expr(o.indpred, o.indrelid), '') = coalesce(pg_get_expr(i.indpred, i.indrelid), '')
                 and (select bool_and(o.indkey[k] = i.indkey[k] and o.indclass[k] = i.indclass[k]
                                      and o.indcollation[k] = i.indcollation[k] and o.indoption[k] = i.indoption[k])
                        from generate_series(0, i.indnkeyatts - 1) k))
order by 1, 2
