// migrate refuses an unadopted schema naming baseline; baseline then migrate applies only V3.
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def folder = 'src/main/resources/db/migration'
    [
        '[ERROR] Failed to execute goal dev.schemaverify:schema-verify-maven-plugin:',
        'schema-verify: nothing was applied: the database already holds a schema (3 objects, e.g. table public.members, table public.notes, type public.member_role) but no public.schema_verify_history, so its migrations would run over objects that exist. Adopt it: if the schema is what the migrations up to version N build, run mvn schema-verify:baseline -Dschema-verify.baselineVersion=N (or migrate with -Dschema-verify.baselineOnMigrate=true -Dschema-verify.baselineVersion=N); migrate then applies only the migrations after N',
        "[INFO] schema-verify: baselined 1 (${folder}/V1__members.sql) (recorded as applied, not run)",
        "[INFO] schema-verify: baselined 2 (${folder}/V2__notes.sql) (recorded as applied, not run)",
        '[INFO] schema-verify: 2 migrations recorded as applied up to version 2 in public.schema_verify_history; migrate applies the ones after it',
        "[INFO] schema-verify: 1 migration applied from SQL folder ${folder} (Flyway layout); 2 already applied",
        '[INFO] No migration problems in ',
        ': 3 migrations checked.',
    ].each { assert log.contains(it) : "build.log lacks: " + it }
    assert !log.contains('Fix the migration named above')
    assert log =~ /\[INFO\]   3       \| note body   \| APPLIED \| \d{4}-/
    assert log =~ /\[INFO\]   1       \| members     \| APPLIED \| \d{4}-/

    System.properties.get(key).postgresDatabase.connection.withCloseable { connection ->
        def rows = []
        connection.createStatement().executeQuery(
                'SELECT version || \' \' || type FROM schema_verify_history ORDER BY installed_rank').with { rs ->
            while (rs.next()) { rows << rs.getString(1) }
        }
        assert rows == ['1 BASELINE', '2 BASELINE', '3 SQL']
    }
} finally {
    System.properties.remove(key)?.close()
}
