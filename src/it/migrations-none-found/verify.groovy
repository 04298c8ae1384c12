// A folder holding only notes.sql: status, rollback-check, inspect and verify each fail (four builds in
// build.log) with the same message, naming the file and every layout read, the folder-per-migration one too.
def log = new File(basedir, 'build.log').text
def message = 'src/main/resources/db/migration/notes.sql: not a migration file name, and no file of the folder' +
        ' follows a layout; name it as one of the layouts read: Flyway (V<version>__<description>.sql,' +
        ' U<version>__<description>.sql or R__<description>.sql), up/down (<number>_<description>.up.sql and' +
        ' <number>_<description>.down.sql), rollback-file (<number>_<description>.sql and' +
        ' <number>_<description>_rollback.sql), single-file (<number>_<description>.sql, with -- migrate:up and' +
        ' -- migrate:down sections), folder-per-migration (<version>_<description>/up.sql and' +
        ' <version>_<description>/down.sql)'
// status lists it as a finding and fails on it; the goals that apply migrations stop with it
assert log.contains('[ERROR]     src/main/resources/db/migration/notes.sql: error [unparseable-name] ' +
        message.substring('src/main/resources/db/migration/notes.sql: '.length()))
assert log.contains(':status (default-cli) on project migrations-none-found: schema-verify: status failed: 1 finding at or above error')
['rollback-check', 'inspect', 'verify'].each { goal ->
    assert log.contains(":${goal} (default-cli) on project migrations-none-found: schema-verify: ${message}".toString()) :
            "${goal} fails naming notes.sql and the layouts"
}
assert log.count('BUILD FAILURE') == 4
assert !log.contains('BUILD SUCCESS')
