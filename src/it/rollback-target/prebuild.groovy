// Starts a throwaway PostgreSQL for this build with the embedded server library the plugin depends on
// (on this script's class path through addTestClassPath) and hands its URL to every invocation, as a
// user passes -Dschema-verify.url: invoker.properties reads it-database.properties. verify.groovy stops it.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

def server = EmbeddedPostgres.builder().start()
System.properties.put('schema-verify.it.server:' + basedir, server)
def properties = new Properties()
properties.setProperty('schema-verify.url', server.getJdbcUrl('postgres', 'postgres'))
new File(basedir, 'it-database.properties').withOutputStream { properties.store(it, 'written by prebuild.groovy') }
