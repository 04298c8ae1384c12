// Starts a throwaway PostgreSQL for this build with the embedded server library the plugin depends on
// (on this script's class path through addTestClassPath) and hands its URL to every invocation, as a
// user passes -Dschema-verify.url: invoker.properties reads it-database.properties. verify.groovy stops it.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import dev.schemaverify.api.DatabaseTarget
import dev.schemaverify.api.MigrateRequest
import dev.schemaverify.api.MigrationSources
import dev.schemaverify.api.SchemaVerifier

def server = EmbeddedPostgres.builder().start()
System.properties.put('schema-verify.it.server:' + basedir, server)
def properties = new Properties()
properties.setProperty('schema-verify.url', server.getJdbcUrl('postgres', 'postgres'))
new File(basedir, 'it-database.properties').withOutputStream { properties.store(it, 'written by prebuild.groovy') }

// What production holds: the migrations as they were deployed (deployed/), applied by the plugin's own
// core under the folder name the project uses, so the history names the project's files.

new SchemaVerifier().migrate(new MigrateRequest(
        MigrationSources.forFolder(new File(basedir, 'deployed').toPath(), 'src/main/resources/db/migration'),
        new DatabaseTarget(properties.getProperty('schema-verify.url'), null, null), null, null))

true // a hook script that returns anything but true or null fails the build job
