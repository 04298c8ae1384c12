// A policy was widened to every row.
def log = new File(basedir, 'build.log').text
def expected = "src/main/resources/db/schema-contract.yaml:24:11: error [changed-policy] policy public.profiles.profiles_select_own: using expected '(auth.uid() = id)', found 'true'"
assert log.contains(expected) : "build.log lacks: " + expected
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert report.summary.errors == 1 : "expected exactly one drift, got " + report.findings*.message
assert report.findings[0].code == 'changed-policy'
