// writeBaseline accepts the current drift; the same build then passes; a new drift still fails.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'schema-verify-baseline.txt')
assert baseline.isFile()
def entries = baseline.readLines().findAll { !it.startsWith('#') }
assert entries.size() == 1
assert entries[0] ==~ /verify [0-9a-f]{16} missing-column column public\.profiles\.avatar_url/
assert log.contains('schema-verify: wrote 1 accepted finding(s) of verify to schema-verify-baseline.txt')
assert log.contains('src/main/resources/db/schema-contract.yaml:18:11: error [missing-column] column public.profiles.avatar_url is missing (accepted by the baseline)')
assert log.contains('Schema drift: shadow database (PostgreSQL 17, 2 migrations) differs from src/main/resources/db/schema-contract.yaml (0 errors, 0 warnings, 1 in baseline)')
// the third build: the accepted drift stays accepted, the new column fails
assert log.contains('src/main/resources/db/schema-contract-more.yaml:19:11: error [missing-column] column public.profiles.timezone is missing')
assert log.contains('schema-verify: verify failed: 1 finding at or above error (1 error, 0 warnings, 1 in baseline)')
def json = new JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert json.passed == false
assert json.findings.collect { "${it.code} ${it.path} ${it.baseline}".toString() } == [
        'missing-column public.profiles.avatar_url true', 'missing-column public.profiles.timezone false']
