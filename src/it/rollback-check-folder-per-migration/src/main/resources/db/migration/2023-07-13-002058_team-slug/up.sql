ALTER TABLE team ADD COLUMN slug text;
UPDATE team SET slug = lower(replace(name, ' ', '-'));
ALTER TABLE team ALTER COLUMN slug SET NOT NULL;
ALTER TABLE team ADD CONSTRAINT team_slug_key UNIQUE (slug);
