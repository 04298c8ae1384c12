CREATE TYPE post_state AS ENUM ('draft', 'published');

CREATE TABLE authors (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name varchar(80) NOT NULL,
    email text NOT NULL,
    CONSTRAINT authors_email_key UNIQUE (email)
);

CREATE TABLE posts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id),
    title text NOT NULL,
    body text,
    state post_state NOT NULL DEFAULT 'draft',
    published_at timestamp,
    views integer NOT NULL DEFAULT 0
);
CREATE INDEX posts_author_idx ON posts (author_id);

CREATE VIEW published_posts AS
    SELECT p.id, p.title, a.name AS author FROM posts p JOIN authors a ON a.id = p.author_id
    WHERE p.state = 'published';
