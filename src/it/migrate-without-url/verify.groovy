// migrate changes a live database: without a url it fails at once and names the property to set.
def log = new File(basedir, 'build.log').text
assert log.contains('schema-verify: migrate changes a live database and has none to change: set -Dschema-verify.url=jdbc:postgresql://host:5432/database')
assert log.contains('BUILD FAILURE')
