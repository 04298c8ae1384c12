// The contract needs an extension no migration creates.
def log = new File(basedir, 'build.log').text
def expected = "src/main/resources/db/schema-contract.yaml:6:3: error [missing-extension] extension \"uuid-ossp\" is missing"
assert log.contains(expected) : "build.log lacks: " + expected
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert report.summary.errors == 1 : "expected exactly one drift, got " + report.findings*.message
assert report.findings[0].code == 'missing-extension'
