// By version, 0000_b_workers is a duplicate of 0000_a_jobs and the error says how to order by file name;
// by file name every up pairs with its down (both spellings), 0157 needs no description, and the down
// paired by number with a different description is a warning.
def log = new File(basedir, 'build.log').text
def folder = 'src/main/resources/db/migration'
[
    "[ERROR]     ${folder}/0000_b_workers_up.sql: error [duplicate-version] has the same version 0 as ${folder}/0000_a_jobs.up.sql; give one of them a new version, or set ordering=filename if your runner orders migrations by file name",
    "[WARNING]     ${folder}/0026_add_join_id.down.sql: warning [rollback-name-mismatch] pairs with ${folder}/0026_add_job_id.up.sql by number 0026, but the descriptions differ ('add_join_id', 'add_job_id'); rename one so they match, or give the rollback its own migration's number",
    '[INFO]   0000_a_jobs a jobs: passed in ',
    '[INFO]   0000_b_workers b workers: passed in ',
    '[INFO]   0026_add_job_id add job id: passed in ',
    '[INFO]   0157 : passed in ',
    '[INFO] Rollback check passed: 4 migrations: 4 passed, 0 failed, 0 skipped, 0 applied only, 0 never reached, in ',
].each { assert log.contains(it.toString()) : "build.log lacks: " + it }
assert log.contains('BUILD SUCCESS')
