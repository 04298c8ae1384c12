// A Liquibase changelog stands in for the SQL folder: verify passes, and each changeset's rollback
// (automatic for createTable/addColumn/createIndex, explicit for the raw SQL) reverts it exactly.
def log = new File(basedir, 'build.log').text
def changelog = 'src/main/resources/db/changelog/db.changelog-master.yaml'
[
    "[INFO] No drift (partial): shadow database (PostgreSQL 17, 3 migrations) matches src/main/resources/db/schema-contract.yaml: 1 table, 3 columns, 1 primary key, 1 index, 1 schema compared.",
    "[INFO]   1::team accounts: passed in ",
    "[INFO]   2::team account status: passed in ",
    "[INFO]   3::team row-level security on accounts: passed in ",
    "[INFO] Rollback check passed: 3 migrations: 3 passed, 0 failed, 0 skipped, 0 applied only, 0 never reached, in ",
].each { assert log.contains(it) : "build.log lacks: " + it }
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/rollback-check.json'))
assert report.passed == true && report.findings == []
assert report.checked == ['migration 1::team accounts', 'migration 2::team account status', 'migration 3::team row-level security on accounts']
