// referenceUrl logs in as user when referenceUser is not set, as referenceUser when it is; the hint names the
// reference connection's parameters, and its password never reaches the log.
def log = new File(basedir, 'build.log').text
assert log.contains('cannot connect to jdbc:postgresql://127.0.0.1:1/reference as app: ')
assert log.contains('cannot connect to jdbc:postgresql://127.0.0.1:1/reference as reader: ')
assert log.contains('Check -Dschema-verify.referenceUrl, its login (referenceUser, referenceServerId in settings.xml,'
        + ' or -Dschema-verify.referencePassword / SCHEMA_VERIFY_REFERENCE_PASSWORD)')
assert !log.contains('Check -Dschema-verify.url')
assert !log.contains('s3cr3t-ref') : 'the password leaked into the log'
