CREATE FUNCTION slug(t text, sep text DEFAULT '-') RETURNS text LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT lower(replace(t, ' ', sep)) $$;

CREATE TABLE posts (
    id integer PRIMARY KEY,
    title text NOT NULL,
    slug text
);
CREATE INDEX posts_slug_idx ON posts (slug(title));

CREATE FUNCTION posts_fill_slug() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.slug := slug(NEW.title);
    RETURN NEW;
END
$$;
CREATE TRIGGER posts_fill_slug BEFORE INSERT ON posts FOR EACH ROW EXECUTE FUNCTION posts_fill_slug();

CREATE VIEW post_slugs AS SELECT id, slug(title) AS s FROM posts;
