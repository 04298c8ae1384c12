// The password's three ways in, and only the parameters each goal uses.
def log = new File(basedir, 'build.log').text
def flat = log.replaceAll(/\s+/, ' ')
assert flat.contains('The password of a database (url, shadowUrl, referenceUrl) is deliberately not a pom parameter, since mvn -X prints every parameter: pass it as -Dschema-verify.password=..., in the SCHEMA_VERIFY_PASSWORD environment variable, or as the password of the settings.xml server named by serverId')
// Each help run ends with BUILD SUCCESS; a goal's parameters are the lines indented by four spaces.
def runs = log.split('BUILD SUCCESS')
def migrate = runs.find { it.contains('schema-verify:migrate') }
def status = runs.find { it.contains('schema-verify:status') }
def rollback = runs.find { it.contains('schema-verify:rollback') }
def parameters = { String run -> (run =~ '(?m)^    (\\w+)(?: \\(|\\r?\\n)').collect { it[1] } }
[migrate, status].each { goal ->
    def names = parameters(goal)
    ['postgresVersion', 'shadowUrl', 'shadowServerId'].each { assert !names.contains(it) : "lists ${it}: " + names }
    ['connectTimeout', 'connectRetries', 'url', 'serverId'].each { assert names.contains(it) : "lacks ${it}: " + names }
}
['lockTimeout', 'lockWait', 'baselineOnMigrate', 'baselineVersion', 'placeholders', 'backup'].each {
    assert parameters(migrate).contains(it) : "migrate lacks ${it}"
}
['postgresVersion', 'shadowUrl', 'to', 'dryRun', 'backup'].each { assert parameters(rollback).contains(it) : "rollback lacks ${it}" }
true // a hook script must return true or null
