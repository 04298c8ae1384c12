// The password's three ways in, and only the parameters each goal uses.
def log = new File(basedir, 'build.log').text
def flat = log.replaceAll(/\s+/, ' ')
assert flat.contains('The password of a database (url, shadowUrl, referenceUrl) is deliberately not a pom parameter, since mvn -X prints every parameter: pass it as -Dschema-verify.password=..., in the SCHEMA_VERIFY_PASSWORD environment variable, or as the password of the settings.xml server named by serverId')
def migrate = log.substring(log.indexOf('schema-verify:migrate'), log.indexOf('schema-verify:status'))
def status = log.substring(log.indexOf('schema-verify:status'), log.indexOf('schema-verify:rollback'))
def rollback = log.substring(log.indexOf('schema-verify:rollback'))
[migrate, status].each { goal ->
    ['postgresVersion', 'shadowUrl', 'shadowServerId'].each { assert !goal.contains(it) : "lists ${it}: " + goal }
    ['connectTimeout', 'connectRetries', 'url', 'serverId'].each { assert goal.contains(it) : "lacks ${it}" }
}
['lockTimeout', 'lockWait', 'baselineOnMigrate', 'baselineVersion', 'placeholders', 'backup'].each {
    assert migrate.contains(it) : "migrate lacks ${it}"
}
['postgresVersion', 'shadowUrl', 'to', 'dryRun', 'backup'].each { assert rollback.contains(it) : "rollback lacks ${it}" }
