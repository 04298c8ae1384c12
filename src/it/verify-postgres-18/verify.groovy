// postgresVersion=18: the plugin fetches the 18.x binaries through Maven and verifies on them.
def log = new File(basedir, 'build.log').text
assert log.contains('No drift (partial): shadow database (PostgreSQL 18, 2 migrations) matches src/main/resources/db/schema-contract.yaml: 2 tables, 8 columns, 2 primary keys, 1 foreign key, 1 check constraint, 2 indexes, 1 policy, 1 trigger, 1 extension, 2 schemas, 2 functions compared.')
assert log.contains('BUILD SUCCESS')
