-- A mark per relation, routine and type outside the system schemas, and one mark (kind 'g') for the
-- rest of the catalog, for IncrementalInspector: each mark is made of the row versions (xmin and ctid) of
-- every catalog row that makes up the object. Any change to one of those rows (update, insert, delete)
-- writes a new row version with a new transaction id, or removes one, and so changes the mark; an object
-- whose mark is unchanged reads exactly as before. Marks may also change where nothing that is read
-- changed (statistics, a VACUUM FULL): that only costs a re-read.
-- A mark is the number of rows and the sum of a 64-bit hash of each row version: it needs no sort, which
-- halved the query's cost against an md5 of the sorted versions. Two different sets of row versions give
-- the same mark only when their hashes happen to sum alike (about one chance in 2^64 per change).
-- A relation's rows: its pg_class row, its own columns (not the system columns, which never change),
-- defaults, constraints, indexes (pg_index and their pg_class rows), triggers, policies, rewrite rules,
-- inheritance and partition key, sequence parameters, the sequences it owns (identity and serial columns
-- are read with the table: an identity column's sequence has a mark of kind 'i', which is no reason to read
-- the list of sequences again), its TOAST relation's pg_class row (TOAST storage parameters) and its pg_depend
-- rows (extension membership).
-- A routine's: its pg_proc row and pg_depend rows (SQL-standard bodies' calls). A type's: its pg_type
-- row, enum labels and domain constraints. A relation's row type and that type's array type are not
-- types of their own here: every change to them (a rename, a new owner or schema) rewrites the relation's
-- pg_class row as well, except a composite type's extension membership (ALTER EXTENSION ... ADD TYPE),
-- which is recorded on the type and counted in its relation's mark.
-- The global mark covers what is read whole or that every object's reading depends on: schemas, roles'
-- names, extensions, default privileges, comments, the relations, routines and types created in the
-- system schemas after initdb (oid 16384 and up: what an extension or a superuser's migration puts into
-- pg_catalog; the built-in ones are never read, and leaving out their 4,000 rows halves the mark's cost),
-- and the other catalogs the not-verified list reads.
WITH user_ns AS (SELECT oid FROM pg_namespace
                 WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname !~ '^pg_(toast|temp_)'),
     rel AS (SELECT c.oid, c.relname, c.relkind, c.reltoastrelid, c.reltype, c.xmin, c.ctid
             FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'c')),
     owned_sequences AS (SELECT d.refobjid AS owner, d.objid AS sequence, d.deptype
                         FROM pg_depend d JOIN rel r ON r.oid = d.refobjid
                         WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                           AND d.deptype IN ('a', 'i')
                           AND EXISTS (SELECT 1 FROM pg_sequence s WHERE s.seqrelid = d.objid)),
     rel_rows(owner, v) AS (
         SELECT oid, 'c' || xmin || ctid FROM rel
         UNION ALL SELECT a.attrelid, 'a' || a.xmin || a.ctid FROM pg_attribute a JOIN rel r ON r.oid = a.attrelid
                   WHERE a.attnum > 0
         UNION ALL SELECT d.adrelid, 'd' || d.xmin || d.ctid FROM pg_attrdef d JOIN rel r ON r.oid = d.adrelid
         UNION ALL SELECT k.conrelid, 'k' || k.xmin || k.ctid FROM pg_constraint k JOIN rel r ON r.oid = k.conrelid
         UNION ALL SELECT i.indrelid, 'i' || i.xmin || i.ctid || ic.xmin || ic.ctid
                   FROM pg_index i JOIN rel r ON r.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
         UNION ALL SELECT t.tgrelid, 't' || t.xmin || t.ctid FROM pg_trigger t JOIN rel r ON r.oid = t.tgrelid
         UNION ALL SELECT p.polrelid, 'p' || p.xmin || p.ctid FROM pg_policy p JOIN rel r ON r.oid = p.polrelid
         UNION ALL SELECT w.ev_class, 'w' || w.xmin || w.ctid FROM pg_rewrite w JOIN rel r ON r.oid = w.ev_class
         UNION ALL SELECT h.inhrelid, 'h' || h.xmin || h.ctid FROM pg_inherits h JOIN rel r ON r.oid = h.inhrelid
         UNION ALL SELECT pt.partrelid, 'P' || pt.xmin || pt.ctid
                   FROM pg_partitioned_table pt JOIN rel r ON r.oid = pt.partrelid
         UNION ALL SELECT s.seqrelid, 'S' || s.xmin || s.ctid FROM pg_sequence s JOIN rel r ON r.oid = s.seqrelid
         UNION ALL SELECT o.owner, 'o' || sc.xmin || sc.ctid || s.xmin || s.ctid
                   FROM owned_sequences o JOIN pg_class sc ON sc.oid = o.sequence
                   JOIN pg_sequence s ON s.seqrelid = o.sequence
         UNION ALL SELECT r.oid, 'T' || tc.xmin || tc.ctid FROM rel r JOIN pg_class tc ON tc.oid = r.reltoastrelid
         UNION ALL SELECT d.objid, 'e' || d.xmin || d.ctid
                   FROM pg_depend d JOIN rel r ON r.oid = d.objid WHERE d.classid = 'pg_class'::regclass
         UNION ALL SELECT r.oid, 'E' || d.xmin || d.ctid
                   FROM pg_depend d JOIN rel r ON r.reltype = d.objid
                   WHERE d.classid = 'pg_type'::regclass AND d.deptype = 'e'),
     routine_rows(owner, v) AS (
         SELECT p.oid, 'f' || p.xmin || p.ctid FROM pg_proc p JOIN user_ns n ON n.oid = p.pronamespace
         UNION ALL SELECT d.objid, 'e' || d.xmin || d.ctid
                   FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid JOIN user_ns n ON n.oid = p.pronamespace
                   WHERE d.classid = 'pg_proc'::regclass),
     typ AS (SELECT t.oid, t.typname, t.xmin, t.ctid FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
             WHERE t.typrelid = 0 AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.oid = t.typelem AND e.typrelid <> 0)),
     type_rows(owner, v) AS (
         SELECT oid, 'y' || xmin || ctid FROM typ
         UNION ALL SELECT e.enumtypid, 'l' || e.xmin || e.ctid FROM pg_enum e JOIN typ t ON t.oid = e.enumtypid
         UNION ALL SELECT k.contypid, 'k' || k.xmin || k.ctid FROM pg_constraint k JOIN typ t ON t.oid = k.contypid
         UNION ALL SELECT d.objid, 'e' || d.xmin || d.ctid
                   FROM pg_depend d JOIN typ t ON t.oid = d.objid WHERE d.classid = 'pg_type'::regclass),
     global_rows(v) AS (
         SELECT 'n' || xmin || ctid FROM pg_namespace
         UNION ALL SELECT 'r' || oid || '.' || rolname FROM pg_roles
         UNION ALL SELECT 'x' || xmin || ctid FROM pg_extension
         UNION ALL SELECT 'D' || xmin || ctid FROM pg_default_acl
         UNION ALL SELECT 'C' || xmin || ctid FROM pg_description WHERE objoid >= 16384
         UNION ALL SELECT 'c' || c.xmin || c.ctid FROM pg_class c
                   WHERE c.oid >= 16384 AND c.relnamespace IN (SELECT oid FROM pg_namespace WHERE nspname IN ('pg_catalog', 'information_schema'))
         UNION ALL SELECT 'f' || p.xmin || p.ctid FROM pg_proc p
                   WHERE p.oid >= 16384 AND p.pronamespace IN (SELECT oid FROM pg_namespace WHERE nspname IN ('pg_catalog', 'information_schema'))
         UNION ALL SELECT 'y' || t.xmin || t.ctid FROM pg_type t
                   WHERE t.oid >= 16384 AND t.typnamespace IN (SELECT oid FROM pg_namespace WHERE nspname IN ('pg_catalog', 'information_schema'))
         UNION ALL SELECT 'O' || xmin || ctid FROM pg_operator WHERE oid >= 16384
         UNION ALL SELECT 'L' || xmin || ctid FROM pg_opclass WHERE oid >= 16384
         UNION ALL SELECT 'F' || xmin || ctid FROM pg_opfamily WHERE oid >= 16384
         UNION ALL SELECT 'K' || xmin || ctid FROM pg_collation WHERE oid >= 16384
         UNION ALL SELECT 'A' || xmin || ctid FROM pg_am WHERE oid >= 16384
         UNION ALL SELECT 'G' || xmin || ctid FROM pg_language WHERE oid >= 16384
         UNION ALL SELECT 'X' || xmin || ctid FROM pg_cast WHERE oid >= 16384
         UNION ALL SELECT 's' || xmin || ctid FROM pg_statistic_ext
         UNION ALL SELECT 'Q' || xmin || ctid FROM pg_ts_config WHERE oid >= 16384
         UNION ALL SELECT 'q' || xmin || ctid FROM pg_ts_dict WHERE oid >= 16384
         UNION ALL SELECT 'V' || xmin || ctid FROM pg_conversion WHERE oid >= 16384
         UNION ALL SELECT 'E' || xmin || ctid FROM pg_event_trigger
         UNION ALL SELECT 'B' || xmin || ctid FROM pg_publication
         UNION ALL SELECT 'b' || xmin || ctid FROM pg_foreign_server
         UNION ALL SELECT 'W' || xmin || ctid FROM pg_foreign_data_wrapper)
SELECT 'g' AS kind, NULL::oid AS oid, NULL::name AS name, count(*) || '.' || sum(hashtextextended(v, 0)) AS mark FROM global_rows
UNION ALL
SELECT CASE WHEN r.relkind IN ('r', 'p', 'f') THEN 'r' WHEN r.relkind IN ('v', 'm') THEN 'v'
            WHEN r.relkind = 'S' AND EXISTS (SELECT 1 FROM owned_sequences o WHERE o.sequence = r.oid AND o.deptype = 'i')
                THEN 'i'
            WHEN r.relkind = 'S' THEN 's'
            ELSE 'c' END,
       r.oid, r.relname, m.mark
FROM rel r JOIN (SELECT owner, count(*) || '.' || sum(hashtextextended(v, 0)) AS mark FROM rel_rows GROUP BY owner) m ON m.owner = r.oid
UNION ALL
SELECT 'f', p.oid, p.proname, m.mark
FROM pg_proc p JOIN (SELECT owner, count(*) || '.' || sum(hashtextextended(v, 0)) AS mark FROM routine_rows GROUP BY owner) m
     ON m.owner = p.oid
UNION ALL
SELECT 't', t.oid, t.typname, m.mark
FROM typ t JOIN (SELECT owner, count(*) || '.' || sum(hashtextextended(v, 0)) AS mark FROM type_rows GROUP BY owner) m
     ON m.owner = t.oid
