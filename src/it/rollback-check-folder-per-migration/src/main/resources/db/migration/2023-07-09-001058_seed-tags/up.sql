CREATE TEMPORARY TABLE default_tags (name text);
INSERT INTO default_tags VALUES ('bug'), ('feature'), ('chore');
INSERT INTO tag (name) SELECT name FROM default_tags;
