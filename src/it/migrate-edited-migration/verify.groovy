// An edited applied migration: status prints it EDITED and fails; migrate refuses before applying V3.
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def v1 = 'src/main/resources/db/migration/V1__profiles.sql'
    assert log =~ /\[INFO\]   1       \| profiles    \| EDITED  \| \d{4}-/
    assert log.contains('[INFO]   3       | later       | PENDING |')
    assert log =~ /\[ERROR\]     ${v1}: error \[edited-after-apply\] migration 1 was edited after it was applied \(checksum \w+ in history, \w+ now\); revert the edit and put the change in a new migration/
    assert log.contains('[WARNING]     src/main/resources/db/migration: warning [forward-only] no migration here has a rollback, so rollbacks are not required and rollback-check skips them; add U<version>__<description>.sql undo files to have them checked, or set requireRollbacks=true')
    assert log.contains('schema-verify: status failed: 1 finding at or above error (1 error, 1 warning)')
    assert log.contains('Fix the migrations, or set -Dschema-verify.failOnProblems=false to only report them.')
    assert log.contains('schema-verify: nothing was applied: the migrations do not match the history in public.schema_verify_history:')
    assert log.contains('Fix the migrations, or, knowingly, set allowEdited to go on')

    System.properties.get(key).postgresDatabase.connection.withCloseable { connection ->
        def rs = connection.createStatement().executeQuery("SELECT count(*), to_regclass('later') IS NULL FROM schema_verify_history")
        rs.next()
        assert rs.getInt(1) == 2 : 'only V1 and V2 are recorded'
        assert rs.getBoolean(2) : 'V3 was not applied'
    }
} finally {
    System.properties.remove(key)?.close()
}
