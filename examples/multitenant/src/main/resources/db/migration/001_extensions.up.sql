-- Case-insensitive e-mail addresses. citext is a trusted extension: a database owner may create it.
create extension if not exists citext;
