// Starts a throwaway PostgreSQL (see migrate-then-status) as Flyway left it: the schema of V1 and V2 and
// Flyway's flyway_schema_history. V1's checksum is the one Flyway computes for the file (CRC-32 of its
// lines without line ends, a fact checked against a known value in AdoptionIT); V2's file was edited since.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import java.util.zip.CRC32

def server = EmbeddedPostgres.builder().start()
System.properties.put('schema-verify.it.server:' + basedir, server)
def properties = new Properties()
properties.setProperty('schema-verify.url', server.getJdbcUrl('postgres', 'postgres'))
new File(basedir, 'it-database.properties').withOutputStream { properties.store(it, 'written by prebuild.groovy') }

def crc = { String text -> def c = new CRC32(); c.update(text.replaceAll('[\r\n]', '').getBytes('UTF-8')); (int) c.value }
def folder = new File(basedir, 'src/main/resources/db/migration')
def v1 = new File(folder, 'V1__members.sql').text
def v2 = new File(folder, 'V2__notes.sql').text
server.postgresDatabase.connection.withCloseable { connection ->
    def statement = connection.createStatement()
    statement.execute(v1 + v2)
    statement.execute('''CREATE TABLE flyway_schema_history (installed_rank integer NOT NULL PRIMARY KEY,
            version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL,
            script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL,
            installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL)''')
    statement.execute("""INSERT INTO flyway_schema_history VALUES
            (1, '1', 'members', 'SQL', 'V1__members.sql', ${crc(v1)}, 'deployer', '2025-03-01 10:00:00', 12, true),
            (2, '2', 'notes', 'SQL', 'V2__notes.sql', ${crc('-- as Flyway applied it\n' + v2)}, 'deployer', '2025-03-02 10:00:00', 7, true)""")
}
true
