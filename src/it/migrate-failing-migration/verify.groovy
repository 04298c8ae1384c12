// A failing migration names its file, line and column; nothing of it (objects or history) is left.
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def expected = 'schema-verify: src/main/resources/db/migration/V2__broken.sql:3:16: column "missing_column" does not exist' +
            ' (migration 2 was rolled back: the database holds nothing of it; the 1 migration applied before it in this run stays applied)'
    assert log.contains(expected) : 'build.log lacks: ' + expected
    assert log =~ /\[INFO\]   2       \| broken      \| PENDING \|\r?\n/
    assert log =~ /\[INFO\]   3       \| never       \| PENDING \|\r?\n/
    // a forward-only Flyway folder: rollbacks are not required, one warning says so
    assert log.contains('[WARNING]     src/main/resources/db/migration: warning [forward-only] no migration here has a rollback, so rollbacks are not required and rollback-check skips them; add U<version>__<description>.sql undo files to have them checked, or set requireRollbacks=true')
    assert !log.contains('[missing-rollback]')

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
