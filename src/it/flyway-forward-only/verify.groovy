// No undo file anywhere: rollbacks are not required, which one warning says; the sub-folder's V2 and the
// V1 saved with a byte-order mark are read and applied like any other migration.
def log = new File(basedir, 'build.log').text
def folder = 'src/main/resources/db/migration'
[
    "[WARNING]     ${folder}: warning [forward-only] no migration here has a rollback, so rollbacks are not required and rollback-check skips them; add U<version>__<description>.sql undo files to have them checked, or set requireRollbacks=true",
    "[INFO] Rollback check of SQL folder ${folder} (Flyway layout) on shadow database (PostgreSQL 17):",
    '[INFO]   1 users: skipped in ',
    '[INFO]   2 invoices: skipped in ',
    '[INFO]   3 invoice index: skipped in ',
    '[INFO] Rollback check passed: 3 migrations: 0 passed, 0 failed, 3 skipped, 0 applied only, 0 never reached, in ',
].each { assert log.contains(it.toString()) : "build.log lacks: " + it }
assert !log.contains('[missing-rollback]')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/rollback-check.json'))
// Skipped migrations are not passing test cases: the reports list them as not verified, with the reason.
assert report.checked == []
assert report.notVerified == ['migration 1 users', 'migration 2 invoices', 'migration 3 invoice index'].collect {
    it + ': skipped: no rollback to check (rollbacks are not required)' }
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/schema-verify/rollback-check.junit.xml'))
assert junit.testsuite.@skipped.text() == '3' 
