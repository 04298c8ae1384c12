// The rewrite excused inline: lint passes, and the console and the report show the reason.
def log = new File(basedir, 'build.log').text
def expected = "src/main/resources/db/migration/V2__widen_qty.sql:4:1: info [ignored-finding] [table-rewrite] ALTER TABLE rewrites public.orders under an ACCESS EXCLUSIVE lock; ignored inline: orders holds 40 rows; rewritten in the release window"
assert log.contains(expected) : "build.log lacks: " + expected
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/lint.json'))
assert report.passed
assert report.summary.errors == 0 : report.findings*.message
def ignored = report.findings.findAll { it.code == 'ignored-finding' }*.message.sort()
assert ignored == [
    '[access-exclusive-lock] ALTER TABLE takes an ACCESS EXCLUSIVE lock on public.orders: every read and write of it waits until the migration commits; ignored inline: same release window',
    '[table-rewrite] ALTER TABLE rewrites public.orders under an ACCESS EXCLUSIVE lock; ignored inline: orders holds 40 rows; rewritten in the release window'] : ignored
true // a hook script must return true or null
