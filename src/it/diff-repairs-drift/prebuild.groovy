// A "staging" database for this build: the project's migrations applied, then drifted by hand the way
// hot fixes drift a real one. Its URL reaches every invocation as -Dschema-verify.url would.
import dev.schemaverify.migrate.SqlScripts
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

def server = EmbeddedPostgres.builder().start()
System.properties.put('schema-verify.it.server:' + basedir, server)
server.postgresDatabase.connection.withCloseable { connection ->
    new File(basedir, 'src/main/resources/db/migration').listFiles().sort { it.name }.each { file ->
        SqlScripts.execute(connection, file.text, file.name, 0)
    }
    connection.createStatement().withCloseable { statement ->
        statement.execute('ALTER TABLE public.profiles DISABLE ROW LEVEL SECURITY')
        statement.execute('DROP INDEX public.profiles_email_idx')
        statement.execute('ALTER POLICY profiles_select_own ON public.profiles USING (true)')
        statement.execute('ALTER TABLE public.notes DROP CONSTRAINT notes_body_check')
    }
}
def properties = new Properties()
properties.setProperty('schema-verify.url', server.getJdbcUrl('postgres', 'postgres'))
new File(basedir, 'it-database.properties').withOutputStream { properties.store(it, 'written by prebuild.groovy') }
