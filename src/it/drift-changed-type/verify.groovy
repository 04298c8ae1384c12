// A column's type differs from the contract.
def log = new File(basedir, 'build.log').text
def expected = "src/main/resources/db/schema-contract.yaml:17:11: error [changed-column] column public.profiles.display_name: type expected 'character varying(120)', found 'character varying(80)'"
assert log.contains(expected) : "build.log lacks: " + expected
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert report.summary.errors == 1 : "expected exactly one drift, got " + report.findings*.message
assert report.findings[0].code == 'changed-column'
