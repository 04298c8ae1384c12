// A dry run changes nothing; migrate applies V1, V2 and the repeatable once; status shows them applied.
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def folder = 'src/main/resources/db/migration'
    [
        "[INFO] schema-verify: would apply 1 (${folder}/V1__profiles.sql)",
        "[INFO] schema-verify: would apply 2 (${folder}/V2__notes.sql)",
        "[INFO] schema-verify: would apply repeatable profile_emails (${folder}/R__profile_emails.sql)",
        "[WARNING] schema-verify: the history table public.schema_verify_history does not exist yet; a real run creates it",
        "[INFO] schema-verify: dry run, nothing changed: 3 migrations would be applied from SQL folder ${folder} (Flyway layout); 0 already applied",
        "[INFO] schema-verify: applying 1 (${folder}/V1__profiles.sql)",
        "[INFO] schema-verify: 3 migrations applied from SQL folder ${folder} (Flyway layout); 0 already applied",
        "[INFO] schema-verify: 0 migrations applied from SQL folder ${folder} (Flyway layout); 3 already applied",
    ].each { assert log.contains(it) : "build.log lacks: " + it }
    assert log =~ /\[INFO\] schema-verify: applied 2 \(src\/main\/resources\/db\/migration\/V2__notes.sql\) in \d+ ms/
    assert log.contains('[INFO]   version          | description    | state   | installed on')
    assert log =~ /\[INFO\]   1                \| profiles       \| APPLIED \| \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ/
    assert log =~ /\[INFO\]   R profile_emails \| profile emails \| APPLIED \| \d{4}-/
    assert !log.contains('[ERROR]')
    assert !log.contains('BUILD FAILURE')

    def server = System.properties.get(key)
    server.postgresDatabase.connection.withCloseable { connection ->
        def rows = []
        connection.createStatement().executeQuery(
                'SELECT version, type, success FROM schema_verify_history ORDER BY installed_rank').with { rs ->
            while (rs.next()) {
                rows << "${rs.getString(1)} ${rs.getString(2)} ${rs.getBoolean(3)}".toString()
            }
        }
        assert rows == ['1 SQL true', '2 SQL true', 'profile_emails REPEATABLE true']
    }
} finally {
    System.properties.remove(key)?.close()
}
