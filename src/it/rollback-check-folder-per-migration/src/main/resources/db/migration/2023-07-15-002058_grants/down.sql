REVOKE SELECT ON project, task FROM app_reader;
