// recursive=false: status and rollback-check read V1 only, and both warn about the unread sub-folder 2025/
// (rollback-check did not check what it did not read); with recursive=true both migrations are checked.
def log = new File(basedir, 'build.log').text
def warning = '[WARNING]     src/main/resources/db/migration/2025: warning [unread-folder] holds 2 .sql file(s) that are' +
        ' not read, as recursive=false; set recursive=true to read them, or move them out of src/main/resources/db/migration'
assert log.count(warning) == 2 : 'status and rollback-check warn'
assert log.contains('[WARNING] Rollback check, with findings: 1 migration: 1 passed, 0 failed, 0 skipped, 0 applied only,'
        + ' 0 never reached (0 errors, 1 warning)')
assert log.contains('[INFO] Passed: 1 checked, nothing at or above error outside the baseline.')
assert log.contains('[INFO] Rollback check passed: 2 migrations: 2 passed, 0 failed, 0 skipped, 0 applied only, 0 never reached, in ')
assert log.count('BUILD SUCCESS') == 3
