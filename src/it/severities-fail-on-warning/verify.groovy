// The pom's severities turn missing-column into a warning; failOn=WARNING then fails the build on it.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def line = 'src/main/resources/db/schema-contract.yaml:18:11: warning [missing-column] column public.profiles.avatar_url is missing'
assert log.contains('[WARNING]     ' + line)
assert log.contains('(0 errors, 1 warning)')
assert log.contains('schema-verify: verify failed: 1 finding at or above warning (0 errors, 1 warning); see the list above or target/schema-verify/verify.html.')
def json = new JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert json.failOn == 'warning' && json.passed == false
assert json.findings*.severity == ['warning']
