CREATE TEMPORARY TABLE default_tags (name text);
INSERT INTO default_tags VALUES ('bug'), ('feature'), ('chore');
DELETE FROM tag WHERE name IN (SELECT name FROM default_tags);
