CREATE FUNCTION audit.record_task_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO audit.event (table_name, row_id, action) VALUES ('task', NEW.id, TG_OP);
    RETURN NEW;
END
$$;
CREATE TRIGGER task_audit AFTER INSERT OR UPDATE ON task
    FOR EACH ROW EXECUTE FUNCTION audit.record_task_change();
