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
assert report.format == 2 && report.summary.errors == 0 && report.summary.checked == 3
assert report.checked == ['migration 001 create users', 'migration 002 add email index', 'migration 003 notes']
assert report.findings == []
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/schema-verify/rollback-check.junit.xml'))
assert junit.testsuite.testcase.size() == 3 && junit.testsuite.testcase.failure.size() == 0
assert !new File(basedir, 'target/schema-verify/rollback-check.json').text.contains(' ms')
