// The Flyway history carries over: V1 APPLIED at once, V2 EDITED until repair; only V3 is run.
def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def folder = 'src/main/resources/db/migration'
    [
        'schema-verify: nothing was applied: the database has a Flyway history (public.flyway_schema_history) but no public.schema_verify_history. Import it, so nothing is run twice: mvn schema-verify:import-flyway (versions, descriptions and checksums carry over; Flyway\'s own table is left as it is), then migrate',
        "[INFO] schema-verify: imported 1 (${folder}/V1__members.sql)",
        "[INFO] schema-verify: imported 2 (${folder}/V2__notes.sql), checksum kept from Flyway",
        '[INFO] schema-verify: 2 rows imported from public.flyway_schema_history into public.schema_verify_history; nothing was run on the schema',
        "[ERROR]     ${folder}/V2__notes.sql: error [edited-after-apply] migration 2 was edited after it was applied",
        "[INFO] schema-verify: 1 migration applied from SQL folder ${folder} (Flyway layout); 2 already applied",
    ].each { assert log.contains(it) : "build.log lacks: " + it }
    assert log =~ /\[WARNING\] schema-verify: ${folder}\/V2__notes.sql: differs from what Flyway applied \(CRC-32 -?\d+ in its history, -?\d+ now\); status shows it EDITED: review the change, then run repair/
    assert log =~ /\[INFO\] schema-verify: checksum of 2 re-recorded \(flyway-crc32 -> [0-9a-f]{12}\): the edit of ${folder}\/V2__notes.sql was accepted as reviewed/
    assert log =~ /\[INFO\]   2       \| notes       \| APPLIED \| 2025-03-0\d /

    System.properties.get(key).postgresDatabase.connection.withCloseable { connection ->
        def rows = []
        connection.createStatement().executeQuery(
                'SELECT version || \' \' || type || \' \' || installed_by FROM schema_verify_history ORDER BY installed_rank').with { rs ->
            while (rs.next()) { rows << rs.getString(1) }
        }
        assert rows == ['1 SQL deployer', '2 SQL deployer', '- IMPORT postgres', '2 REPAIR postgres', '3 SQL postgres']
        def rs = connection.createStatement().executeQuery('SELECT count(*) FROM flyway_schema_history')
        rs.next()
        assert rs.getInt(1) == 2 : "Flyway's table is left as it is"
    }
} finally {
    System.properties.remove(key)?.close()
}
