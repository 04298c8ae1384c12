// A diesel-style history (33 folders holding up.sql and down.sql) is read and rollback-checked in one run:
// each of the four broken downs is reported, every other migration is checked after them, and the
// temporary table of 2023-07-09-001058's up does not leak into its down.
def log = new File(basedir, 'build.log').text
def folder = 'src/main/resources/db/migration'
def down = { String name -> "${folder}/${name}/down.sql".toString() }
[
    "[INFO] Rollback check of SQL folder ${folder} (folder-per-migration layout) on shadow database (PostgreSQL 17):",
    '[INFO]   2023-07-05-000058 person: passed in ',
    '[INFO]   2023-07-09-001058 seed-tags: passed in ',
    '[INFO]   2023-07-15-002058 grants: passed in ',
    "[ERROR]     ${down('2023-07-07-000058_project-name-index')}: error [rollback-leaves-behind] rollback of 2023-07-07-000058 leaves behind index public.project.project_name_idx",
    "[ERROR]     ${down('2023-07-09-002058_person-locale')}: error [rollback-failed] rollback of 2023-07-09-002058 fails: ${down('2023-07-09-002058_person-locale')}:1:1: column \"language\" of relation \"person\" does not exist",
    "[ERROR]     ${down('2023-07-12-001058_invoice-paid')}: error [rollback-removes] rollback of 2023-07-12-001058 removes column public.invoice.issued_on, which existed before 2023-07-12-001058",
    "[ERROR]     ${down('2023-07-14-001058_comment-body-length')}: error [rollback-changes] rollback of 2023-07-14-001058 leaves column public.comment.body changed: type was 'text' before 2023-07-14-001058, is 'character varying(4000)' after the rollback",
    '[ERROR]   migration 2023-07-07-000058 project-name-index',
    '[ERROR] Rollback check failed: 33 migrations: 29 passed, 4 failed, 0 skipped, 0 applied only, 0 never reached (4 errors, 0 warnings)',
    'schema-verify: rollback-check failed: 4 findings at or above error (4 errors, 0 warnings); see the list above or target/schema-verify/rollback-check.html. Fix the rollbacks of the 4 failed migrations, the first of migration 2023-07-07-000058 (up src/main/resources/db/migration/2023-07-07-000058_project-name-index/up.sql, down src/main/resources/db/migration/2023-07-07-000058_project-name-index/down.sql).',
].each { assert log.contains(it.toString()) : "build.log lacks: " + it }
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/rollback-check.json'))
assert report.passed == false
assert report.summary.checked == 33 && report.summary.errors == 4 && report.summary.notVerified == 0
assert report.findings*.subject.unique() ==
        ['migration 2023-07-07-000058', 'migration 2023-07-09-002058', 'migration 2023-07-12-001058', 'migration 2023-07-14-001058']
assert report.findings*.code == ['rollback-leaves-behind', 'rollback-failed', 'rollback-removes', 'rollback-changes']
assert report.findings.every { it.file.endsWith('/down.sql') }
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/schema-verify/rollback-check.junit.xml'))
assert junit.testsuite.testcase.size() == 33 && junit.testsuite.testcase.failure.size() == 4
