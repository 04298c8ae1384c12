// A rollback forgets an index: the build fails naming the up and down files and the index left behind,
// and the migration after it is still checked.
def log = new File(basedir, 'build.log').text
def up = 'src/main/resources/db/migration/002_add_email_index.up.sql'
def down = 'src/main/resources/db/migration/002_add_email_index.down.sql'
[
    '[INFO]   001 create users: passed in ',
    '[INFO]   002 add email index: failed in ',
    '[INFO]   003 notes: passed in ',
    "[ERROR]   migration 002 add email index",
    "[ERROR]     ${down}: error [rollback-leaves-behind] rollback of 002 leaves behind index public.users.users_email_idx".toString(),
    '[ERROR] Rollback check failed: 3 migrations: 2 passed, 1 failed, 0 skipped, 0 applied only, 0 never reached (1 error, 0 warnings)',
    "schema-verify: rollback-check failed: 1 finding at or above error (1 error, 0 warnings); see the list above or target/schema-verify/rollback-check.html. Fix the rollback of migration 002 (up ${up}, down ${down}).".toString(),
].each { assert log.contains(it) : "build.log lacks: " + it }
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/rollback-check.json'))
assert report.passed == false
assert report.summary.errors == 1 && report.summary.checked == 3
assert report.findings*.code == ['rollback-leaves-behind']
assert report.findings[0].subject == 'migration 002' && report.findings[0].file == down
assert report.findings[0].message == 'rollback of 002 leaves behind index public.users.users_email_idx'
