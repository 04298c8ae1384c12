// A hot fix disabled row-level security.
def log = new File(basedir, 'build.log').text
def expected = "src/main/resources/db/schema-contract.yaml:12:7: error [changed-table] table public.profiles: rls.enabled expected 'true', found 'false'"
assert log.contains(expected) : "build.log lacks: " + expected
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert report.summary.errors == 1 : "expected exactly one drift, got " + report.findings*.message
assert report.findings[0].code == 'changed-table'
