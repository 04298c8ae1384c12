// Strict mode reports a table the contract does not declare.
def log = new File(basedir, 'build.log').text
def expected = "error [unexpected-table] table public.scratch is not in the contract"
assert log.contains(expected) : "build.log lacks: " + expected
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert report.summary.errors == 1 : "expected exactly one drift, got " + report.findings*.message
assert report.findings[0].code == 'unexpected-table'
