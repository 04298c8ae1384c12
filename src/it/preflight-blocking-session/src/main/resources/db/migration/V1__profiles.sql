CREATE TABLE profiles (
    id integer PRIMARY KEY,
    email text NOT NULL
);
