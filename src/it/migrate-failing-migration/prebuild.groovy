// Starts a throwaway PostgreSQL for this build with the embedded server library the plugin depends on
// (on this script's class path through addTestClassPath) and passes its URL to every invocation, as a
// user passes -Dschema-verify.url. verify.groovy stops it.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

def server = EmbeddedPostgres.builder().start()
System.properties.put('schema-verify.it.server:' + basedir, server)
userProperties.put('schema-verify.url', server.getJdbcUrl('postgres', 'postgres'))
