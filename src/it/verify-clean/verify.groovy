// The migrations match the contract: no drift, a clean JSON report.
def log = new File(basedir, 'build.log').text
assert log.contains('No drift (partial): shadow database (PostgreSQL 17, 2 migrations) matches src/main/resources/db/schema-contract.yaml: 2 tables, 8 columns, 2 primary keys, 1 foreign key, 1 check constraint, 2 indexes, 1 policy, 1 trigger, 1 extension, 2 schemas, 2 functions compared.')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert report.summary.errors == 0
assert report.findings.isEmpty()
// the shared embedded server stops at exit without loading classes from the closed plugin class loader
assert !log.contains('NoClassDefFoundError')
assert !log.contains('Exception in thread')
