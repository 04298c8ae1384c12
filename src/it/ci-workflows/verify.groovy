// Each workflow's command did its job: the gate passed and wrote the reports the workflows upload, preflight
// found production ready, migrate applied both migrations, and the drift check found no drift.
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    [
        '[INFO] No drift (partial): shadow database (PostgreSQL 17, 2 migrations) matches src/main/resources/db/schema-contract.yaml',
        '[INFO]   migrations      ok       0 applied, 2 pending (001, 002)',
        '[INFO]   drift           ok       matches src/main/resources/db/schema-contract.yaml but for 1 difference the pending migrations make',
        '[INFO]   lint            ok       2 pending migrations linted; 0 applied: 3 findings (3 infos)',
        '[INFO] schema-verify: ready',
        '[INFO] No drift (partial): database jdbc:postgresql://localhost:',
    ].each { assert log.contains(it) : "build.log lacks: " + it }
    assert log =~ /\[INFO\]   login           ok       login deployer: CREATE on schema public, history table to be created/
    assert log =~ /schema-verify: 2 migrations applied from .*; 0 already applied/
    assert !log.contains('not-a-real-secret') : 'the password is in the build log'
    assert !log.contains('BUILD FAILURE')

    // what the workflows upload: JUnit to the test report, SARIF to code scanning, Markdown to the summary
    ['verify', 'rollback-check', 'preflight'].each { goal ->
        ['junit.xml', 'sarif', 'md'].each { ext ->
            assert new File(basedir, "target/schema-verify/${goal}.${ext}").isFile() : "no ${goal}.${ext}"
        }
    }
    def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.sarif'))
    assert sarif.version == '2.1.0'
    def summary = new File(basedir, 'target/step-summary.md').text
    assert summary.contains('verify') && summary.contains('preflight')

    def server = System.properties.get(key)
    server.getDatabase('postgres', 'production').connection.withCloseable { connection ->
        def versions = []
        connection.createStatement().executeQuery('SELECT version FROM schema_verify_history ORDER BY installed_rank')
                .with { rs -> while (rs.next()) { versions << rs.getString(1) } }
        assert versions == ['001', '002']
    }
} finally {
    System.properties.remove(key)?.close()
}
