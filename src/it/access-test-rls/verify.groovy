// Each access check is a JUnit test case: four pass, the one the anon preview policy breaks fails,
// with its file:line:col and what happened instead; the RLS matrix is a table in the log and the JSON.
import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory

def dir = new File(basedir, 'target/schema-verify')
def log = new File(basedir, 'build.log').text
def file = 'src/test/resources/db/access-tests.yaml'
def failure = "${file}:13:15: error [access-check-failed] check 'anon reads no notes' (actor anon (role anon), select public.notes): expected no rows, found 2 rows: alice_note, bob_note".toString()
assert log.contains(failure)
assert log.contains('passed: alice reads only her notes')
assert log.contains('schema-verify: access-test failed: 1 finding at or above error (1 error, 0 warnings)')
assert log.contains('  public.notes  anon           2       denied  denied  denied')

def junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(dir, 'access-test.junit.xml'))
assert junit.getElementsByTagName('testsuite').item(0).getAttribute('name') == 'schema-verify.access-test'
def cases = junit.getElementsByTagName('testcase')
def passed = [], failed = [:]
for (int i = 0; i < cases.length; i++) {
    def testcase = cases.item(i)
    def failures = testcase.getElementsByTagName('failure')
    if (failures.length > 0) {
        failed[testcase.getAttribute('name')] = failures.item(0).getAttribute('message')
    } else {
        passed << testcase.getAttribute('name')
    }
}
assert passed.sort() == ['alice cannot edit bob\'s note', 'alice cannot write a note as bob', 'alice reads only her notes',
        'anon cannot write notes']
assert failed.keySet() as List == ['anon reads no notes']
assert failed['anon reads no notes'] == "${file}:13:15: check 'anon reads no notes' (actor anon (role anon), select public.notes): expected no rows, found 2 rows: alice_note, bob_note".toString()

def json = new JsonSlurper().parse(new File(dir, 'access-test.json'))
assert json.goal == 'access-test' && json.passed == false
assert json.findings*.code == ['access-check-failed']
assert json.checked.size() == 5
assert json.tables[0].header == ['table', 'role', 'select', 'insert', 'update', 'delete']
assert json.tables[0].rows == [['public.notes', 'anon', '2', 'denied', 'denied', 'denied'],
        ['public.notes', 'authenticated', '0', 'denied', '0', '0']]
true
