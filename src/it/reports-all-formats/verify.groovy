// A drifted project: console, JSON, JUnit XML, SARIF, Markdown and HTML carry the same three findings,
// and the Markdown summary is appended to the file GITHUB_STEP_SUMMARY names.
import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory

def dir = new File(basedir, 'target/schema-verify')
def log = new File(basedir, 'build.log').text
def contract = 'src/main/resources/db/schema-contract.yaml'
def expected = [
    "${contract}:17:11: error [changed-column] column public.profiles.display_name: type expected 'character varying(100)', found 'character varying(80)'",
    "${contract}:18:11: error [missing-column] column public.profiles.avatar_url is missing",
    "${contract}:40:11: error [missing-index] index public.notes.notes_body_idx is missing",
]*.toString()
expected.each { assert log.contains(it) : "build.log lacks: " + it }
assert log.contains('schema-verify: reports written to target/schema-verify: verify.json, verify.junit.xml, verify.sarif, verify.md, verify.html')
assert log.contains('schema-verify: verify failed: 3 findings at or above error (3 errors, 0 warnings); see the list above or target/schema-verify/verify.html.')

def json = new JsonSlurper().parse(new File(dir, 'verify.json'))
assert json.format == 2 && json.goal == 'verify' && json.passed == false
def lines = json.findings.collect { "${it.file}:${it.line}:${it.column}: ${it.severity} [${it.code}] ${it.message}".toString() }
assert lines.sort() == expected.sort()

def sarif = new JsonSlurper().parse(new File(dir, 'verify.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.collect { it.ruleId }.sort() == json.findings*.code.sort()
assert results.collect { it.message.text }.sort() == json.findings*.message.sort()
assert results.every { it.locations[0].physicalLocation.artifactLocation.uri == contract && it.locations[0].physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%' }
assert results.collect { it.partialFingerprints.values()[0] }.sort() == json.findings*.fingerprint.sort()
assert sarif.runs[0].tool.driver.rules*.id == ['changed-column', 'missing-column', 'missing-index']

def junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(dir, 'verify.junit.xml'))
def cases = junit.getElementsByTagName('testcase')
def failed = [], passed = [], failureText = new StringBuilder()
for (int i = 0; i < cases.length; i++) {
    def testcase = cases.item(i)
    def failure = testcase.getElementsByTagName('failure')
    if (failure.length > 0) {
        failed << testcase.getAttribute('name')
        failureText << failure.item(0).textContent
    } else {
        passed << testcase.getAttribute('name')
    }
}
assert failed.sort() == ['table public.notes', 'table public.profiles']
assert passed.contains('extension pgcrypto') : 'a checked object is a passing test case'
expected.each { assert failureText.toString().contains(it) : "junit failures lack: " + it }

def markdown = new File(dir, 'verify.md').text
assert markdown.contains('### schema-verify verify: failed')
json.findings*.message.each { assert markdown.contains(it.replace('|', '\\|')) }
def summary = new File(basedir, 'target/step-summary.md')
assert summary.isFile() : 'GITHUB_STEP_SUMMARY must receive the summary'
assert summary.text.contains(markdown.trim())

def html = new File(dir, 'verify.html').text
assert html.contains('<b id="count-errors">3</b>')
json.findings*.message.each { assert html.contains(it.replace("'", '&#39;')) }
assert !(html =~ /(?i)<(script|link|img)[^>]+(src|href)=/) : 'the page is self-contained'
// the embedded server's output is kept per build, under target/
assert new File(dir, 'embedded-postgres.log').isFile()
