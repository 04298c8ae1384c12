-- The relations, routines and types whose reading depends on one of the objects ?1 (oids of relations,
-- routines and types), one step of pg_depend: a view on a renamed column, a column of a renamed type, a
-- default calling a renamed function, a foreign key to a renamed table, a trigger's function.
-- An object's parts (columns, indexes, its row type and that type's array type) count as the object on
-- both sides, so each dependency is reported as the owning relation, routine or type. Its constraints are
-- not parts on the referenced side: only internal objects depend on a constraint (a foreign key's triggers
-- on the referenced table, a constraint's index), and those are read with the constraint's own table.
WITH RECURSIVE changed AS (SELECT unnest(?::oid[]) AS oid),
     parts(oid) AS (
         SELECT oid FROM changed
         UNION SELECT i.indexrelid FROM pg_index i JOIN changed c ON c.oid = i.indrelid
         UNION SELECT t.oid FROM pg_type t JOIN parts p ON p.oid = t.typrelid OR p.oid = t.typelem)
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
CROSS JOIN unnest(ARRAY['pg_class', 'pg_type', 'pg_proc', 'pg_constraint']::regclass[]) AS k(classid)
JOIN pg_depend d ON d.refclassid = k.classid AND d.refobjid = p.oid
WHERE d.deptype <> 'e'
