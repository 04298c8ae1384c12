// On a live database, a file with a fixture and a delete is refused, each named with its line, before connecting.
def log = new File(basedir, 'build.log').text
def file = 'src/test/resources/db/access-tests.yaml'
assert log.contains('refusing to run access tests that write on a live database (only select checks and assertions run there, in read-only transactions):')
assert log.contains("${file}:2:3: error [access-write-refused] fixture 'alice_note' would insert into public.notes")
assert log.contains("${file}:12:15: error [access-write-refused] check 'anon cannot delete notes' would delete")
assert !log.contains('Connection to 127.0.0.1:1 refused') && !log.contains('cannot connect')
true
