// The skip flag wins over drift, and says so.
def log = new File(basedir, 'build.log').text
assert log.contains('schema-verify: skipped (schema-verify.skip=true)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/schema-verify/verify.json').exists()
