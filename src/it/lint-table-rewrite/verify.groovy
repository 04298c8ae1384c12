// A new migration rewrites an existing table: lint fails naming the file and line.
def log = new File(basedir, 'build.log').text
def expected = "src/main/resources/db/migration/V2__widen_qty.sql:2:1: error [table-rewrite] ALTER TABLE rewrites public.orders under an ACCESS EXCLUSIVE lock"
assert log.contains(expected) : "build.log lacks: " + expected
assert log.contains("src/main/resources/db/migration/V2__widen_qty.sql:2:1: warning [access-exclusive-lock] ALTER TABLE takes an ACCESS EXCLUSIVE lock on public.orders")
assert log.contains('schema-verify: lint failed: 1 finding at or above error (1 error, 1 warning)')
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/lint.json'))
assert report.goal == 'lint'
assert report.summary.errors == 1 : "expected the rewrite, got " + report.findings*.message
assert report.summary.warnings == 1 : "expected its lock as a warning, got " + report.findings*.message
def rewrite = report.findings.find { it.code == 'table-rewrite' }
assert rewrite.file == 'src/main/resources/db/migration/V2__widen_qty.sql' && rewrite.line == 2 && rewrite.column == 1
true // a hook script must return true or null
