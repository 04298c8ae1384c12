// Without a database, status checks the files alone and names every problem's file.
def log = new File(basedir, 'build.log').text
def folder = 'src/main/resources/db/migration'
[
    "[ERROR]     ${folder}/002_c.up.sql: error [duplicate-version] has the same version 2 as ${folder}/002_b.up.sql; give one of them a new version",
    "[WARNING]     ${folder}/004_d.up.sql: warning [version-gap] version 4 follows 2: version 3 is missing",
    "[ERROR]     ${folder}/005_e.down.sql: error [orphan-rollback] rollback of version 005, but no migration has that version",
    "[ERROR]     ${folder}/006_f.up.sql: error [missing-rollback] migration 006 has no rollback; add ${folder}/006_f.down.sql",
    "[WARNING]     ${folder}/002_c.down.sql: warning [rollback-name-mismatch] pairs with ${folder}/002_b.up.sql by version 2, but the descriptions differ ('c', 'b')",
    "[ERROR] Migration problems in the files of SQL folder ${folder} (up/down layout) (3 errors, 3 warnings)",
    "schema-verify: status failed: 3 findings at or above error (3 errors, 3 warnings); see the list above or target/schema-verify/status.html.",
].each { assert log.contains(it.toString()) : "build.log lacks: " + it }
assert !log.contains('001_a.up.sql: error') : 'a clean migration must not be reported'
