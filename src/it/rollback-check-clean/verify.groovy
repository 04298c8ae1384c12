// Every rollback reverts its migration exactly: the goal passes and says how long each migration took.
def log = new File(basedir, 'build.log').text
[
    '[INFO] Rollback check of SQL folder src/main/resources/db/migration (up/down layout) on shadow database (PostgreSQL 17):',
    '[INFO]   001 create users: passed in ',
    '[INFO]   002 add email index: passed in ',
    '[INFO]   003 notes: passed in ',
    '[INFO] Rollback check passed: 3 migrations: 3 passed, 0 failed, 0 skipped, 0 applied only, 0 never reached, in ',
].each { assert log.contains(it) : "build.log lacks: " + it }
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/rollback-check.json'))
assert report.passed == true
assert report.summary.passed == 3 && report.summary.failed == 0
assert report.migrations*.outcome == ['passed', 'passed', 'passed']
assert !new File(basedir, 'target/schema-verify/rollback-check.json').text.contains(' ms')
