// A failing migration names its file, line and column; nothing of it (objects or history) is left.
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def expected = 'schema-verify: src/main/resources/db/migration/V2__broken.sql:3:16: column "missing_column" does not exist' +
            ' (migration 2 was rolled back: the database holds nothing of it; the 1 migration applied before it in this run stays applied)'
    assert log.contains(expected) : 'build.log lacks: ' + expected
    assert log =~ /\[INFO\]   2       \| broken      \| PENDING \|\r?\n/
    assert log =~ /\[INFO\]   3       \| never       \| PENDING \|\r?\n/
    assert log.contains('[ERROR] src/main/resources/db/migration/V2__broken.sql: error [missing-rollback] pending migration 2 has no rollback')
    assert log.contains('[ERROR] src/main/resources/db/migration/V3__never.sql: error [missing-rollback] pending migration 3 has no rollback')

    System.properties.get(key).postgresDatabase.connection.withCloseable { connection ->
        def rs = connection.createStatement().executeQuery(
                "SELECT string_agg(version, ','), to_regclass('notes') IS NULL FROM schema_verify_history")
        rs.next()
        assert rs.getString(1) == '1'
        assert rs.getBoolean(2) : 'the table created by the failed V2 is gone'
    }
} finally {
    System.properties.remove(key)?.close()
}
