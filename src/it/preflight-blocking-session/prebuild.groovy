// Production as the deploy finds it: V1 applied, V2 pending, and a worker (application billing-worker) that
// read from profiles and sits idle in its transaction, holding ACCESS SHARE on it. verify.groovy ends it.
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
        new DatabaseTarget(url, 'postgres', null), new MigrateOptions(null, false, '1', false, false, false), { }))

def login = new Properties()
login.setProperty('user', 'postgres')
login.setProperty('ApplicationName', 'billing-worker')
def worker = new org.postgresql.Driver().connect(url, login)
worker.autoCommit = false
def pid = worker.createStatement().executeQuery('SELECT pg_backend_pid() FROM (SELECT count(*) FROM profiles) AS p')
        .with { it.next(); it.getInt(1) }
System.properties.put('schema-verify.it.worker:' + basedir, worker)

def properties = new Properties()
properties.setProperty('schema-verify.url', url)
properties.setProperty('worker.pid', String.valueOf(pid))
new File(basedir, 'it-database.properties').withOutputStream { properties.store(it, 'written by prebuild.groovy') }
