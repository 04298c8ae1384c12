-- The relations, routines and types whose reading depends on one of the objects ?1 (oids of relations,
-- routines and types), one step of pg_depend: a view on a renamed column, a column of a renamed type, a
-- default calling a renamed function, a foreign key to a renamed table, a trigger's function.
-- An object's parts (columns, indexes, its row type and that type's array type) count as the object on
-- both sides, so each dependency is reported as the owning relation, routine or type. Its constraints are
-- not parts on the referenced side: only internal objects depend on a constraint (a foreign key's triggers
-- on the referenced table, a constraint's index), and those are read with the constraint's own table.
-- The parts are listed one kind at a time (a relation's row type through pg_class.reltype, a type's array
-- type through typarray): a recursive query that matched pg_type's typrelid and typelem scanned pg_type at
-- every step and cost twice as much.
WITH changed AS (SELECT unnest(?::oid[]) AS oid),
     row_types AS (SELECT c.reltype AS oid FROM pg_class c JOIN changed ch ON ch.oid = c.oid WHERE c.reltype <> 0),
     parts(oid) AS (
         SELECT oid FROM changed
         UNION SELECT oid FROM row_types
         UNION SELECT i.indexrelid FROM pg_index i JOIN changed c ON c.oid = i.indrelid
         UNION SELECT t.typarray FROM pg_type t
               WHERE t.oid IN (SELECT oid FROM changed UNION ALL SELECT oid FROM row_types) AND t.typarray <> 0)
SELECT DISTINCT CASE d.classid
           WHEN 'pg_class'::regclass THEN coalesce((SELECT i.indrelid FROM pg_index i WHERE i.indexrelid = d.objid), d.objid)
           WHEN 'pg_attrdef'::regclass THEN (SELECT a.adrelid FROM pg_attrdef a WHERE a.oid = d.objid)
           WHEN 'pg_constraint'::regclass THEN (SELECT CASE WHEN k.conrelid <> 0 THEN k.conrelid ELSE k.contypid END
                                                FROM pg_constraint k WHERE k.oid = d.objid)
           WHEN 'pg_rewrite'::regclass THEN (SELECT w.ev_class FROM pg_rewrite w WHERE w.oid = d.objid)
           WHEN 'pg_trigger'::regclass THEN (SELECT t.tgrelid FROM pg_trigger t WHERE t.oid = d.objid)
           WHEN 'pg_policy'::regclass THEN (SELECT p.polrelid FROM pg_policy p WHERE p.oid = d.objid)
           WHEN 'pg_type'::regclass THEN (SELECT CASE WHEN t.typrelid <> 0 THEN t.typrelid ELSE t.oid END
                                          FROM pg_type t WHERE t.oid = d.objid)
           ELSE d.objid END AS owner
FROM parts p
CROSS JOIN LATERAL (SELECT d.classid, d.objid FROM pg_depend d
                    WHERE d.refclassid = ANY ('{pg_class,pg_type,pg_proc,pg_constraint}'::regclass[])
                      AND d.refobjid = p.oid AND d.deptype <> 'e') d
