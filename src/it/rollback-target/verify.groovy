// rollback prints the downs in a dry run, then undoes 003 and 002 newest first with their history rows.
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def folder = 'src/main/resources/db/migration'
    [
        '[INFO] schema-verify: the target matches the schema of its 3 applied migrations (strict comparison)',
        "[INFO] schema-verify: would roll back 003 (${folder}/003_note_body.down.sql):",
        '[INFO] schema-verify:     DROP INDEX notes_body;',
        "[INFO] schema-verify: would roll back 002 (${folder}/002_notes.down.sql):",
        '[INFO] schema-verify: dry run, nothing changed: 2 migrations would be rolled back to reach version 1',
        "[INFO] schema-verify: rolling back 003 (${folder}/003_note_body.down.sql)",
        '[INFO] schema-verify: 2 migrations rolled back; ',
        "[INFO]   002     | notes       | PENDING |",
        'The parameters \'to\' for goal dev.schemaverify:schema-verify-maven-plugin:',
    ].each { assert log.contains(it) : "build.log lacks: " + it }
    assert log =~ /\[INFO\] schema-verify: wrote the schema before rollback to .*target\/schema-verify\/before-rollback-003\.yaml/
    assert log =~ /\[INFO\] schema-verify: rolled back 002 \(${folder}\/002_notes.down.sql\) in \d+ ms/
    def snapshot = new File(basedir, 'target/schema-verify/before-rollback-003.yaml')
    assert snapshot.text.contains('notes_body')
    assert new File(basedir, 'target/schema-verify/before-migrate-empty.yaml').isFile()

    System.properties.get(key).postgresDatabase.connection.withCloseable { connection ->
        def rows = []
        connection.createStatement().executeQuery(
                'SELECT version || \' \' || type FROM schema_verify_history ORDER BY installed_rank').with { rs ->
            while (rs.next()) { rows << rs.getString(1) }
        }
        assert rows == ['001 SQL', '003 ROLLBACK', '002 ROLLBACK']
        def rs = connection.createStatement().executeQuery("SELECT to_regclass('notes') IS NULL")
        rs.next()
        assert rs.getBoolean(1) : 'notes was dropped by its down'
    }
} finally {
    System.properties.remove(key)?.close()
}
