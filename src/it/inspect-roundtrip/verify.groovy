// inspect writes a contract; verify, strict, finds no drift against the same migrations.
def contract = new File(basedir, 'src/main/resources/db/schema-contract.yaml')
assert contract.isFile()
def text = contract.text
assert text.contains('profiles_select_own')
assert text.contains('set_updated_at')
def log = new File(basedir, 'build.log').text
assert log.contains('No drift: shadow database (PostgreSQL 17, 2 migrations) matches src/main/resources/db/schema-contract.yaml.')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schema-verify/verify.json'))
assert report.summary.errors == 0
