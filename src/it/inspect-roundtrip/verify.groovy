// inspect writes a strict contract; verify, strict because the contract says so, finds no drift against the
// same migrations.
def contract = new File(basedir, 'src/main/resources/db/schema-contract.yaml')
assert contract.isFile()
def text = contract.text
assert text.contains('profiles_select_own')
assert text.contains('set_updated_at')
def log = new File(basedir, 'build.log').text
assert text.contains('\nstrict: true\n') : 'inspect writes strict contracts'
assert log.contains('No drift (strict): shadow database (PostgreSQL 17, 2 migrations) matches src/main/resources/db/schema-contract.yaml: 2 tables, 8 columns, 2 primary keys, 1 foreign key, 1 check constraint, 2 indexes, 1 policy, 1 trigger, 1 extension, 2 schemas, 2 functions compared.')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert report.summary.errors == 0
