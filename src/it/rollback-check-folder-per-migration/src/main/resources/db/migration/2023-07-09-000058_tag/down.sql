DROP TABLE task_tag;
DROP TABLE tag;
