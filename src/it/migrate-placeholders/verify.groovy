// An undefined placeholder stops the run before anything applies; defined, they are replaced where SQL
// runs, not in dollar quotes; V2 runs with autocommit.
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def folder = 'src/main/resources/db/migration'
    [
        "[INFO] schema-verify: applying 2 (${folder}/V2__events_index.sql) outside a transaction",
        "schema-verify: ${folder}/V3__typo.sql:2:50: placeholder \${note_default} has no value; define it in <placeholders> of the plugin configuration (defined: app_role, retention_days)",
        "[INFO] schema-verify: 3 migrations applied from SQL folder ${folder} (Flyway layout); 0 already applied",
    ].each { assert log.contains(it) : "build.log lacks: " + it }

    System.properties.get(key).postgresDatabase.connection.withCloseable { connection ->
        def rs = connection.createStatement().executeQuery("SELECT column_default, obj_description('events'::regclass)"
                + " FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'kept_days'")
        rs.next()
        assert rs.getString(1) == '30'
        assert rs.getString(2) == 'read by app_reader'
        rs = connection.createStatement().executeQuery("SELECT column_default FROM information_schema.columns"
                + " WHERE table_name = 'events' AND column_name = 'note'")
        rs.next()
        assert rs.getString(1) == "'none'::text"
        def versions = []
        connection.createStatement().executeQuery('SELECT version FROM schema_verify_history ORDER BY 1').with { r ->
            while (r.next()) { versions << r.getString(1) }
        }
        assert versions == ['1', '2', '3']
    }
} finally {
    System.properties.remove(key)?.close()
}
