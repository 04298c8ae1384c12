CREATE TABLE nodes (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES nodes (id),
    first_child_id integer REFERENCES nodes (id) DEFERRABLE INITIALLY DEFERRED
);
