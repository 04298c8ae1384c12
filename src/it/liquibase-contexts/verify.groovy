// contexts=prod keeps changeset 2 (context: test) out of the target; labels !slow keeps 3 out of the check
// (which, with the url, only applies what the target already has).
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def changelog = 'src/main/resources/db/changelog/db.changelog-master.yaml'
    [
        "[INFO]     ${changelog}: info [changeset-filtered] 1 changeset(s) left out by contexts 'prod', as Liquibase would: 2::team",
        "[INFO] schema-verify: 2 migrations applied from Liquibase changelog ${changelog}, contexts prod; 0 already applied",
        '[INFO]   1::team | accounts      | APPLIED |',
        '[INFO]   3::team | account notes | APPLIED |',
        "[INFO] Rollback check of Liquibase changelog ${changelog}, contexts prod, labels !slow on shadow database (PostgreSQL 17):",
        '[INFO]   1::team accounts: applied in ',
        '[INFO] Rollback check passed: 1 migration: 0 passed, 0 failed, 0 skipped, 1 applied only, 0 never reached, in ',
    ].each { assert log.contains(it.toString()) : "build.log lacks: " + it }
    assert !log.contains('test accounts: ')
    assert log.contains('BUILD SUCCESS')

    System.properties.get(key).postgresDatabase.connection.withCloseable { connection ->
        def rs = connection.createStatement().executeQuery(
                "SELECT to_regclass('test_fixture') IS NULL, (SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog)")
        rs.next()
        assert rs.getBoolean(1) : 'the context: test changeset did not reach the target'
        assert rs.getString(2) == '1,3'
    }
} finally {
    System.properties.remove(key)?.close()
}
