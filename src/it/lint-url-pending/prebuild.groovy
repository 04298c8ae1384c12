// Production as the deploy finds it: V1 and V2 applied, V3 pending, 50,000 orders. The shadow database is a
// temporary database on the same throwaway server (shadowUrl), so the build starts no second PostgreSQL.
// verify.groovy stops the server.
import dev.schemaverify.api.DatabaseTarget
import dev.schemaverify.api.MigrateRequest
import dev.schemaverify.api.MigrationSources
import dev.schemaverify.api.SchemaVerifier
import dev.schemaverify.migrate.MigrateOptions
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

def server = EmbeddedPostgres.builder().start()
System.properties.put('schema-verify.it.server:' + basedir, server)
def url = server.getJdbcUrl('postgres', 'postgres')
def folder = new File(basedir, 'src/main/resources/db/migration').toPath()
new SchemaVerifier().migrate(new MigrateRequest(MigrationSources.forFolder(folder, 'db/migration'),
        new DatabaseTarget(url, 'postgres', null), new MigrateOptions(null, false, '2', false, false, false), { }))
server.postgresDatabase.connection.withCloseable { connection ->
    def statement = connection.createStatement()
    statement.execute("INSERT INTO orders SELECT g, g % 7, 'order ' || g FROM generate_series(1, 50000) g")
    statement.execute('VACUUM ANALYZE orders') // VACUUM reads every page: the row estimate is exact
}

def properties = new Properties()
properties.setProperty('schema-verify.url', url)
properties.setProperty('schema-verify.shadowUrl', url)
new File(basedir, 'it-database.properties').withOutputStream { properties.store(it, 'written by prebuild.groovy') }
