-- the old type was text; nothing to do
SELECT 1;
