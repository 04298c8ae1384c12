drop extension if exists citext;
