// The migrations match the contract: no drift, a clean JSON report.
def log = new File(basedir, 'build.log').text
assert log.contains('No drift: shadow database (PostgreSQL 17, 2 migrations) matches src/main/resources/db/schema-contract.yaml.')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert report.summary.errors == 0
assert report.findings.isEmpty()
