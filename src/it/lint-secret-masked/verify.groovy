// A password committed in a migration: lint fails, and the value is masked in console, JSON and SARIF.
def secret = 'Sup3rSecretPass'
def log = new File(basedir, 'build.log').text
def expected = "src/main/resources/db/migration/V2__reporting.sql:1:96: error [secret-in-source] password in a JDBC URL 'Su…' (15 characters, masked) is written in the file; rotate it and read it from the environment or settings.xml"
assert log.contains(expected) : "build.log lacks: " + expected
assert log.contains('BUILD FAILURE')
assert !log.contains(secret) : 'the build log shows the password'
def json = new File(basedir, 'target/schema-verify/lint.json').text
assert !json.contains(secret) : 'lint.json shows the password'
def report = new groovy.json.JsonSlurper().parseText(json)
assert report.findings.findAll { it.code == 'secret-in-source' }.size() == 1
def sarif = new File(basedir, 'target/schema-verify/lint.sarif').text
assert !sarif.contains(secret) : 'lint.sarif shows the password'
assert new groovy.json.JsonSlurper().parseText(sarif).runs[0].results.any { it.ruleId == 'secret-in-source' }
['lint.md', 'lint.html', 'lint.junit.xml'].each { name ->
    assert !new File(basedir, 'target/schema-verify/' + name).text.contains(secret) : name + ' shows the password'
}
true // a hook script must return true or null
