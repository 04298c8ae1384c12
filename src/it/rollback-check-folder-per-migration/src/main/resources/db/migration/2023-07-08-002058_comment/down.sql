DROP TABLE comment;
