ALTER TABLE comment ALTER COLUMN body TYPE varchar(4000);
