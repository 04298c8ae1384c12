CREATE FUNCTION project_open_tasks(p_project bigint) RETURNS bigint
    LANGUAGE sql STABLE AS $$ SELECT count(*) FROM task WHERE project_id = p_project AND NOT done $$;
