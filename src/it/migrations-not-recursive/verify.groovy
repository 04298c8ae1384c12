// recursive=false: status and rollback-check read V1 only, and status warns about the unread sub-folder
// 2025/ (rollback-check does not list folder problems); with recursive=true both migrations are checked.
def log = new File(basedir, 'build.log').text
def warning = '[WARNING]     src/main/resources/db/migration/2025: warning [unread-folder] holds 2 .sql file(s) that are' +
        ' not read, as recursive=false; set recursive=true to read them, or move them out of src/main/resources/db/migration'
assert log.count(warning) == 1 : 'status warns'
assert log.contains('[INFO] Rollback check passed: 1 migration: 1 passed, 0 failed, 0 skipped, 0 applied only, 0 never reached, in ')
assert log.contains('[INFO] Rollback check passed: 2 migrations: 2 passed, 0 failed, 0 skipped, 0 applied only, 0 never reached, in ')
assert log.count('BUILD SUCCESS') == 3
