DROP TABLE project;
