CREATE TABLE tasks (
    id integer PRIMARY KEY,
    done boolean NOT NULL,
    owner text
);
CREATE VIEW open_tasks AS SELECT id, done, owner FROM tasks WHERE NOT done WITH LOCAL CHECK OPTION;
CREATE VIEW my_open_tasks AS SELECT id, done, owner FROM open_tasks WHERE owner = current_user;
CREATE VIEW all_tasks AS SELECT id, done FROM tasks WITH CASCADED CHECK OPTION;
