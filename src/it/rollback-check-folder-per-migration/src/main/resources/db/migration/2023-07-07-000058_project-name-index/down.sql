DROP INDEX project_active_idx;
