// verify failed on the drift; diff wrote reconcile.sql; applying it (statement by statement over JDBC, as
// psql would) repairs the database so that verify passes; applying it again changes nothing.
import dev.schemaverify.api.DatabaseTarget
import dev.schemaverify.api.SchemaVerifier
import dev.schemaverify.api.VerifyRequest
import dev.schemaverify.migrate.SqlScripts

def key = 'schema-verify.it.server:' + basedir
try {
    def log = new File(basedir, 'build.log').text
    def contract = 'src/main/resources/db/schema-contract.yaml'
    [
        "error [changed-table] table public.profiles: rls.enabled expected 'true', found 'false'",
        "error [missing-index] index public.profiles.profiles_email_idx is missing",
        "error [changed-policy] policy public.profiles.profiles_select_own: using expected '(auth.uid() = id)', found 'true'",
        "error [missing-check-constraint] check constraint public.notes.notes_body_check is missing",
        "schema-verify: wrote target/schema-verify/reconcile.sql",
        "schema-verify: wrote target/schema-verify/reconcile-rollback.sql",
    ].each { assert log.contains(it) : "build.log lacks: " + it }

    def script = new File(basedir, 'target/schema-verify/reconcile.sql').text
    assert script.contains('fixes: index public.profiles.profiles_email_idx is missing')
    assert script.contains('CREATE INDEX IF NOT EXISTS profiles_email_idx ON public.profiles (lower(email));')
    def server = System.properties.get(key)
    def url = server.getJdbcUrl('postgres', 'postgres')
    def verify = {
        new SchemaVerifier().verify(new VerifyRequest(new File(basedir, contract).toPath(), contract, null, null,
                new DatabaseTarget(url, 'postgres', null), null, [], false)).findings()*.message()
    }
    assert verify().size() == 4
    def rollback = new File(basedir, 'target/schema-verify/reconcile-rollback.sql').text
    assert rollback.contains('DROP INDEX IF EXISTS public.profiles_email_idx')
    assert rollback.contains('ALTER TABLE public.profiles DISABLE ROW LEVEL SECURITY;')
    2.times {
        server.postgresDatabase.connection.withCloseable { connection ->
            SqlScripts.execute(connection, script, 'target/schema-verify/reconcile.sql', 0)
        }
        assert verify() == [] : 'still drifted after reconcile.sql: ' + verify()
    }
    // and reconcile-rollback.sql takes the database back to the drift it had
    server.postgresDatabase.connection.withCloseable { connection ->
        SqlScripts.execute(connection, rollback, 'target/schema-verify/reconcile-rollback.sql', 0)
    }
    assert verify().sort() == [
        "check constraint public.notes.notes_body_check is missing",
        "index public.profiles.profiles_email_idx is missing",
        "policy public.profiles.profiles_select_own: using expected '(auth.uid() = id)', found 'true'",
        "table public.profiles: rls.enabled expected 'true', found 'false'",
    ]
} finally {
    System.properties.remove(key)?.close()
}
