-- Every table with row-level security enabled in the selected schemas (every non-system schema when the
-- list is empty), with a column an UPDATE may set to itself: the first one that is neither generated nor
-- an always-identity column. One row per table, sorted by schema and name.
select n.nspname as schema_name,
       c.relname as table_name,
       (select a.attname
          from pg_catalog.pg_attribute a
         where a.attrelid = c.oid
           and a.attnum > 0
           and not a.attisdropped
           and a.attgenerated = ''
           and a.attidentity <> 'a'
         order by a.attnum
         limit 1) as update_column
  from pg_catalog.pg_class c
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
 where c.relkind in ('r', 'p')
   and c.relrowsecurity
   and n.nspname not in ('pg_catalog', 'information_schema')
   and n.nspname not like 'pg\_toast%'
   and n.nspname not like 'pg\_temp%'
   and (cardinality(?::text[]) = 0 or n.nspname = any(?::text[]))
 order by n.nspname, c.relname
