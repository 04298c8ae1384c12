CREATE POLICY todos_cleanup ON todos FOR DELETE TO anon USING (TRUE);
GRANT DELETE ON todos TO anon;
