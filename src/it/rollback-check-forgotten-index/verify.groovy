// A rollback forgets an index: the build fails naming the up and down files and the index left behind.
def log = new File(basedir, 'build.log').text
def up = 'src/main/resources/db/migration/002_add_email_index.up.sql'
def down = 'src/main/resources/db/migration/002_add_email_index.down.sql'
[
    '[INFO]   001 create users: passed in ',
    '[INFO]   002 add email index: failed in ',
    '[ERROR] Rollback check failed: 1 migration with findings; 1 rolled back and re-applied exactly, 0 skipped, 0 applied only (1 error, 0 warnings)',
    '[ERROR]   migration 002 add email index',
    "[ERROR]     ${down}: error [rollback-leaves-behind] rollback of 002 leaves behind index public.users.users_email_idx".toString(),
    "schema-verify: rollback-check failed: 1 finding at or above error (1 error, 0 warnings); see the list above or target/schema-verify/rollback-check.html. Fix the rollback of migration 002 (up ${up}, down ${down}).".toString(),
].each { assert log.contains(it) : "build.log lacks: " + it }
assert !log.contains('003 notes') : 'the check stops at the first failing migration'
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/rollback-check.json'))
assert report.passed == false
assert report.summary.errors == 1
assert report.findings*.code == ['rollback-leaves-behind']
assert report.findings[0].file == down
assert report.findings[0].group == 'migration 002 add email index'
assert report.findings[0].message == 'rollback of 002 leaves behind index public.users.users_email_idx'
