// preflight names the worker that would block the pending migration's index, prints the readiness table,
// writes the reports and fails the build; it changed nothing (V2 is still pending).
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def properties = new Properties()
    new File(basedir, 'it-database.properties').withInputStream { properties.load(it) }
    def pid = properties.getProperty('worker.pid')
    def migration = 'src/main/resources/db/migration/V2__profiles_email_index.sql'
    assert log =~ /\[INFO\]   connectivity    ok       connected in [0-9.]+ ms; 5 round trips: median [0-9.]+ ms, worst [0-9.]+ ms/
    assert log =~ /\[INFO\]   server version  ok       PostgreSQL 17\.\d+ \(the build's shadow: 17\)/
    [
        '[INFO]   check           result   detail',
        '[INFO]   migrations      ok       1 applied, 1 pending (2)',
        '[INFO]   extensions      ok       no pending migration creates an extension',
        '[INFO]   sessions        FAIL     1 session lock would block',
        '[INFO]   drift           ok       matches src/main/resources/db/schema-contract.yaml (partial): 1 table, 2 columns, 1 primary key, 1 schema compared',
        '[INFO]   lint            FAIL     1 pending migration linted; 1 applied: 2 findings (1 error, 1 warning)',
        '[INFO] schema-verify: NOT READY: 2 of 8 checks fail',
        "[ERROR]     ${migration}:1:1: error [blocking-session] session pid ${pid} (application billing-worker, login postgres) is idle in transaction since ",
        '[ERROR] Failed to execute goal dev.schemaverify:schema-verify-maven-plugin:',
    ].each { assert log.contains(it.toString()) : "build.log lacks: " + it }
    assert log.contains("holding AccessShareLock on public.profiles, which the pending migration locks; end it (pg_terminate_backend(${pid})) or wait for it before deploying")
    // the pending index build locks profiles' writes: the hazard names the table's size on the target
    assert log.contains("[ERROR]     ${migration}:1:1: error [non-concurrent-index] CREATE INDEX builds index public.profiles_email_idx of public.profiles (rows unknown until ANALYZE, ")
    assert log.contains('schema-verify: preflight failed: 2 findings at or above error')

    def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/preflight.json'))
    assert report.findings*.code.contains('blocking-session')
    assert report.findings.find { it.code == 'blocking-session' }.severity == 'error'
    assert report.findings.find { it.code == 'non-concurrent-index' }.severity == 'error'
    def junit = new File(basedir, 'target/schema-verify/preflight.junit.xml').text
    assert junit.contains('<testcase name="check drift"')
    assert junit.contains('<testcase name="check sessions"')
    assert junit.contains('<testcase name="check lint"')

    def server = System.properties.get(key)
    server.postgresDatabase.connection.withCloseable { connection ->
        def versions = []
        connection.createStatement().executeQuery('SELECT version FROM schema_verify_history ORDER BY installed_rank')
                .with { rs -> while (rs.next()) { versions << rs.getString(1) } }
        assert versions == ['1'] : 'preflight changed the history: ' + versions
    }
} finally {
    System.properties.remove('schema-verify.it.worker:' + basedir)?.close()
    System.properties.remove(key)?.close()
}
