CREATE VIEW open_task AS
    SELECT t.id, t.title, p.name AS project
    FROM task t JOIN project p ON p.id = t.project_id
    WHERE NOT t.done;
