// A function body was changed by hand.
def log = new File(basedir, 'build.log').text
def expected = "src/main/resources/db/schema-contract.yaml:40:7: error [changed-function] function public.set_updated_at(): body differs at line 2: expected 'NEW.updated_at := now();', found 'RETURN NEW;'"
assert log.contains(expected) : "build.log lacks: " + expected
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert report.summary.errors == 1 : "expected exactly one drift, got " + report.findings*.message
assert report.findings[0].code == 'changed-function'
