// The secret lint must find, written into the migration's last line (line 11) here rather than tracked in
// the repository, so that no committed file holds a whole access-key shape that scanners would flag.
def migration = new File(basedir, 'src/main/resources/db/migration/V2__profiles.sql')
migration.append("COMMENT ON TABLE invoices IS 'exported with " + 'AKIA' + 'Z7QW3RT5YU8IOP2A' + "';\n")
return true
