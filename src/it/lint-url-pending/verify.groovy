// lint with a url lints only V3, the migration the target has not applied, names the size of orders there,
// and leaves the target as it was: V3 still pending.
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def v3 = 'src/main/resources/db/migration/V3__order_ids_bigint.sql'
    def sized = /public\.orders \(50\.0 k rows, [0-9.]+ MB on the target\)/
    assert log =~ /\[ERROR\]     ${java.util.regex.Pattern.quote(v3)}:2:1: error \[table-rewrite\] ALTER TABLE rewrites ${sized} under an ACCESS EXCLUSIVE lock/
    assert log =~ /\[INFO\] schema-verify: linted the migrations of .* that jdbc:postgresql:\/\/localhost:\d+\/postgres\?user=postgres has not applied \(history public\.schema_verify_history\): 1 pending migration linted; 2 applied; 2 statements observed on shadow database \(PostgreSQL 1\d\) in \d+ ms/
    assert !log.contains('V2__qty_numeric.sql:') : 'the applied migration V2 was linted'
    assert log.contains('schema-verify: lint failed: 1 finding at or above error (1 error, 1 warning)')

    def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/lint.json'))
    def rewrite = report.findings.find { it.code == 'table-rewrite' }
    assert rewrite.file == v3 && rewrite.line == 2
    assert rewrite.message =~ sized
    assert report.findings.every { it.file == null || it.file == v3 } : report.findings*.file

    System.properties.get(key).postgresDatabase.connection.withCloseable { connection ->
        def versions = []
        connection.createStatement().executeQuery('SELECT version FROM schema_verify_history ORDER BY installed_rank')
                .with { rs -> while (rs.next()) { versions << rs.getString(1) } }
        assert versions == ['1', '2'] : 'lint changed the history: ' + versions
        def type = connection.createStatement().executeQuery("SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = 'orders' AND column_name = 'id'").with { it.next(); it.getString(1) }
        assert type == 'integer' : 'lint changed the target: orders.id is ' + type
    }
} finally {
    System.properties.remove(key)?.close()
}
true
