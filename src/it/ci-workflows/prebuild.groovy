// Production for the promotion steps: an empty database the login deployer owns (not a superuser, so the
// promotion runs with the privileges a real deploy role has). Its URL goes to it-database.properties.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

def server = EmbeddedPostgres.builder().start()
System.properties.put('schema-verify.it.server:' + basedir, server)
server.postgresDatabase.connection.withCloseable { connection ->
    connection.createStatement().withCloseable { statement ->
        statement.execute("CREATE ROLE deployer LOGIN PASSWORD 'not-a-real-secret'")
        statement.execute('CREATE DATABASE production OWNER deployer')
    }
}
server.getDatabase('postgres', 'production').connection.withCloseable { connection ->
    connection.createStatement().withCloseable { it.execute('ALTER SCHEMA public OWNER TO deployer') }
}
def properties = new Properties()
properties.setProperty('schema-verify.url', "jdbc:postgresql://localhost:${server.port}/production".toString())
new File(basedir, 'it-database.properties').withOutputStream { properties.store(it, 'written by prebuild.groovy') }
