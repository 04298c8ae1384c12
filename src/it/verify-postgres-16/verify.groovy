// postgresVersion=16: the plugin fetches the 16.x binaries through Maven and verifies on them.
def log = new File(basedir, 'build.log').text
assert log.contains('No drift: shadow database (PostgreSQL 16, 2 migrations) matches src/main/resources/db/schema-contract.yaml.')
assert log.contains('BUILD SUCCESS')
