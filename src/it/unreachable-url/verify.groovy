// An unreachable server fails fast, names the URL without its password and says what to check.
def log = new File(basedir, 'build.log').text
assert log.contains('schema-verify: cannot connect to jdbc:postgresql://127.0.0.1:1/app as app: ')
assert log.contains('Check -Dschema-verify.url, the credentials')
assert !log.contains('connections..') : 'doubled full stop'
assert !log.contains('s3cr3t-pw') : 'the password leaked into the log'
assert !new File(basedir, 'target/schema-verify/verify.json').exists()
