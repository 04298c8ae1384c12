-- Functions and procedures; aggregates and window functions are listed as not verified.
-- calls: the routines this one depends on as pg_depend records it (SQL-standard bodies), each as
-- schema, name and identity arguments separated by chr(31), for ordering creates and drops.
SELECT n.nspname AS schema,
       p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS arguments,
       p.prokind = 'p' AS procedure,
       CASE WHEN p.prokind = 'f' THEN pg_get_function_result(p.oid) END AS returns,
       l.lanname AS language,
       CASE p.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END AS volatility,
       p.prosecdef AS security_definer,
       coalesce(p.proconfig, '{}') AS settings,
       CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid) ELSE p.prosrc END AS body,
       pg_get_function_arguments(p.oid) AS argument_list,
       CASE WHEN p.prokind = 'f' THEN p.proisstrict END AS strict,
       CASE WHEN p.prokind = 'f' THEN p.proleakproof END AS leakproof,
       CASE WHEN p.prokind <> 'f' THEN NULL
            WHEN p.proparallel = 's' THEN 'SAFE' WHEN p.proparallel = 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END AS parallel,
       CASE WHEN p.prokind = 'f' THEN p.procost::numeric::text END AS cost,
       CASE WHEN p.prokind = 'f' AND p.proretset THEN p.prorows::numeric::text END AS rows,
       ARRAY(SELECT qn.nspname || chr(31) || q.proname || chr(31) || pg_get_function_identity_arguments(q.oid)
             FROM pg_depend d
             JOIN pg_proc q ON q.oid = d.refobjid
             JOIN pg_namespace qn ON qn.oid = q.pronamespace
             WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
               AND d.refclassid = 'pg_proc'::regclass AND d.refobjid <> p.oid AND d.deptype = 'n'
             ORDER BY 1) AS calls,
       pg_get_userbyid(p.proowner) AS owner,
       ds.description AS comment
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_description ds ON ds.objoid = p.oid AND ds.classoid = 'pg_proc'::regclass AND ds.objsubid = 0
JOIN pg_language l ON l.oid = p.prolang
WHERE n.nspname = ANY (?::text[])
  AND p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
ORDER BY n.nspname, p.proname, 3
