// compareOwners and compareComments in the contract: a table's owner and comment differ from it, and both
// are reported at the table's line; objects whose owner the contract does not declare are not compared.
def log = new File(basedir, 'build.log').text
def contract = 'src/main/resources/db/schema-contract.yaml'
[
    "${contract}:28:7: error [changed-table] table public.notes: comment expected 'Notes a profile keeps', found 'Notes of a profile'",
    "${contract}:28:7: error [changed-table] table public.notes: owner expected 'notes_owner', found 'postgres'",
].each { assert log.contains(it) : "build.log lacks: " + it }
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert report.summary.errors == 2 : "expected the two findings only, got " + report.findings*.message
