// Starts a throwaway PostgreSQL (see migrate-then-status) holding the schema of V1 and V2, built by hand
// as a team without schema-verify did: no history table.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

def server = EmbeddedPostgres.builder().start()
System.properties.put('schema-verify.it.server:' + basedir, server)
def properties = new Properties()
properties.setProperty('schema-verify.url', server.getJdbcUrl('postgres', 'postgres'))
new File(basedir, 'it-database.properties').withOutputStream { properties.store(it, 'written by prebuild.groovy') }
server.postgresDatabase.connection.withCloseable { connection ->
    def folder = new File(basedir, 'src/main/resources/db/migration')
    connection.createStatement().execute(new File(folder, 'V1__members.sql').text + new File(folder, 'V2__notes.sql').text)
}
true
