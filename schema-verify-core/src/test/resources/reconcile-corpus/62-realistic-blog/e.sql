CREATE TYPE post_state AS ENUM ('draft', 'review', 'published');

CREATE TABLE authors (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(200) NOT NULL,
    email text NOT NULL,
    bio text,
    CONSTRAINT authors_email_key UNIQUE (email)
);

CREATE TABLE posts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    title text NOT NULL CHECK (title <> ''),
    body text,
    state post_state NOT NULL DEFAULT 'draft',
    published_at timestamptz,
    views bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posts_author_published_idx ON posts (author_id, published_at DESC) WHERE state = 'published';

CREATE TABLE tags (
    post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (post_id, tag)
);

CREATE FUNCTION posts_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION posts_touch();

CREATE VIEW published_posts AS
    SELECT p.id, p.title, a.name AS author, p.published_at FROM posts p JOIN authors a ON a.id = p.author_id
    WHERE p.state = 'published';
