package dev.schemaverify.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Access tests on a Supabase-style schema in a real PostgreSQL: the checks pass on the intended policies,
 * and each of three mistakes (a policy weakened to {@code USING (true)}, a grant added to anon, a policy
 * dropped) fails the check that guards against it, saying what happened instead. Nothing a run inserts
 * persists.
 */
class AccessTestIT {
    static final String FILE = "src/test/resources/db/access-tests.yaml";
    private static final AccessTestRunner.Options SHADOW = new AccessTestRunner.Options(false, 10);

    static String resource(String name) {
        try (InputStream in = AccessTestIT.class.getResourceAsStream("/access/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Connection supabase(String... changes) throws SQLException {
        Connection connection = TestDatabases.connect(TestDatabases.createDatabase("access"));
        TestDatabases.execute(connection, resource("supabase-schema.sql"));
        for (String change : changes) {
            TestDatabases.execute(connection, change);
        }
        return connection;
    }

    static AccessTests tests() {
        return new AccessTestReader().read(resource("supabase-access-tests.yaml"), FILE);
    }

    static List<String> lines(AccessRun run) {
        return run.diagnostics().stream().map(Diagnostic::line).toList();
    }

    static long rows(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select (select count(*) from public.profiles)"
                        + " + (select count(*) from public.organizations) + (select count(*) from public.memberships)"
                        + " + (select count(*) from public.documents)")) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void theIntendedPoliciesPassEveryCheckAndThePinnedMatrix() throws Exception {
        try (Connection connection = supabase()) {
            AccessRun run = new AccessTestRunner(SHADOW).run(tests(), connection);

            assertEquals(List.of(), lines(run));
            assertEquals(List.of(), run.notRun());
            assertEquals(14 + 8, run.checked().size(), run.checked().toString());
            assertTrue(run.lines().contains("passed: alice cannot add a document to globex"), run.lines().toString());
            assertTrue(run.checked().contains("rls matrix public.profiles as anon"), run.checked().toString());
            assertEquals(List.of("public.organizations", "anon", "0", "denied", "denied", "denied"), run.matrix().get(4));
        }
    }

    @Test
    void nothingPersistsAfterARun() throws Exception {
        try (Connection connection = supabase()) {
            assertEquals(0, rows(connection));
            AccessRun run = new AccessTestRunner(SHADOW).run(tests(), connection);
            assertEquals(List.of(), lines(run));
            assertEquals(0, rows(connection), "every fixture and write was rolled back");
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select current_user, current_setting('request.jwt.claim.sub', true)")) {
                result.next();
                assertEquals("postgres", result.getString(1), "the role is back to the login");
                assertTrue(result.getString(2) == null || result.getString(2).isEmpty(), "no claim is left set");
            }
        }
    }

    @Test
    void aPolicyWeakenedToUsingTrueIsCaught() throws Exception {
        try (Connection connection = supabase("drop policy profiles_select on public.profiles;"
                + " create policy profiles_select on public.profiles for select to authenticated using (true)")) {
            List<String> lines = lines(new AccessTestRunner(SHADOW).run(tests(), connection));

            assertEquals(List.of(FILE + ":44:15: error [access-check-failed] check 'alice sees only herself' (actor"
                    + " alice (role authenticated, claims sub), select public.profiles): expected rows [alice], found"
                    + " [alice, bob]; not expected: bob",
                    FILE + ":102:5: error [access-matrix-changed] rls matrix public.profiles as authenticated changed:"
                    + " select pinned 0, found 2"), lines);
        }
    }

    @Test
    void aGrantAddedToAnonIsCaught() throws Exception {
        try (Connection connection = supabase("grant select on public.profiles to anon")) {
            List<String> lines = lines(new AccessTestRunner(SHADOW).run(tests(), connection));

            assertEquals(List.of(FILE + ":31:15: error [access-check-failed] check 'anon cannot read profiles' (actor"
                    + " anon (role anon), select public.profiles): expected denied (privilege), but it was allowed"
                    + " (0 rows returned)",
                    FILE + ":102:5: error [access-matrix-changed] rls matrix public.profiles as anon changed: select"
                    + " pinned denied, found 0"), lines);
        }
    }

    @Test
    void aDroppedPolicyIsCaught() throws Exception {
        try (Connection connection = supabase("drop policy documents_insert on public.documents")) {
            List<String> lines = lines(new AccessTestRunner(SHADOW).run(tests(), connection));

            assertEquals(List.of(FILE + ":67:15: error [access-check-failed] check 'alice adds a document to acme'"
                    + " (actor alice (role authenticated, claims sub), insert public.documents): expected allowed, 1 row,"
                    + " but it was denied: new row violates row-level security policy for table \"documents\""
                    + " (SQLSTATE 42501)"), lines);
        }
    }

    @Test
    void writesAreRefusedOnALiveDatabaseBeforeAnythingRuns() throws Exception {
        try (Connection connection = supabase()) {
            SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                    () -> new AccessTestRunner(new AccessTestRunner.Options(true, 10)).run(tests(), connection));
            assertTrue(e.getMessage().contains(FILE + ":2:3: error [access-write-refused] fixture 'alice' would insert"
                    + " into public.profiles"), e.getMessage());
            assertTrue(e.getMessage().contains(FILE + ":67:15: error [access-write-refused] check 'alice adds a"
                    + " document to acme' would insert"), e.getMessage());
            assertTrue(e.getMessage().contains("error [access-write-refused] the rls matrix would try insert"),
                    e.getMessage());
            assertEquals(0, rows(connection));
        }
    }

    @Test
    void selectsAndAssertionsRunReadOnlyOnALiveDatabase() throws Exception {
        try (Connection connection = supabase("insert into public.profiles values"
                + " ('0a11ce00-0000-4000-8000-000000000001', 'alice@example.com', null);"
                + " create function public.touch() returns bigint language sql as"
                + " 'insert into public.organizations (name) values (''x'') returning 1'")) {
            String yaml = """
                    actors:
                      anon:
                        role: anon
                        checks:
                          - name: anon reads no organizations
                            select: public.organizations
                            expect: none
                      alice:
                        as: {role: authenticated, claims: {sub: 0a11ce00-0000-4000-8000-000000000001}}
                        checks:
                          - name: alice sees her profile
                            select: public.profiles
                            expect: {count: 1}
                      owner:
                        checks:
                          - name: a write inside an assertion
                            assert: select public.touch() = 1
                    """;
            AccessRun run = new AccessTestRunner(new AccessTestRunner.Options(true, 10))
                    .run(new AccessTestReader().read(yaml, "live.yaml"), connection);

            assertEquals(List.of("live.yaml:16:15: error [access-test-error] check 'a write inside an assertion' (actor"
                    + " owner (owner), assert assertion): assert assertion failed: cannot execute INSERT in a read-only"
                    + " transaction (SQLSTATE 25006)"), lines(run));
            assertEquals(List.of("passed: anon reads no organizations", "passed: alice sees her profile",
                    "FAILED: a write inside an assertion"), run.lines());
            assertEquals(1, rows(connection));
        }
    }

    @Test
    void anUnknownRoleAFailingFixtureAndAnUnknownTableArePointedAt() throws Exception {
        try (Connection connection = supabase()) {
            String yaml = """
                    actors:
                      ghost:
                        role: schema_verify_no_such_role
                        checks:
                          - name: ghost reads profiles
                            select: public.profiles
                            expect: none
                      anon:
                        role: anon
                        checks:
                          - name: anon reads a table that is not there
                            select: public.no_such_table
                            expect: none
                    """;
            AccessRun run = new AccessTestRunner(SHADOW).run(new AccessTestReader().read(yaml, "t.yaml"), connection);
            assertEquals(List.of("t.yaml:3:11: error [access-test-error] check 'ghost reads profiles' (actor ghost"
                    + " (role schema_verify_no_such_role), select public.profiles): cannot become role"
                    + " 'schema_verify_no_such_role': role \"schema_verify_no_such_role\" does not exist (SQLSTATE 22023)",
                    "t.yaml:12:17: error [access-test-error] check 'anon reads a table that is not there' (actor anon"
                    + " (role anon), select public.no_such_table): select public.no_such_table failed: relation"
                    + " \"public.no_such_table\" does not exist (SQLSTATE 42P01)"),
                    lines(run));

            String fixtures = """
                    fixtures:
                      acme:
                        table: public.organizations
                        values: {name: Acme}
                      nameless:
                        table: public.organizations
                        values: {name: null}
                    actors:
                      anon:
                        role: anon
                        checks:
                          - name: anon reads no organizations
                            select: public.organizations
                            expect: none
                    """;
            AccessRun failed = new AccessTestRunner(SHADOW).run(new AccessTestReader().read(fixtures, "f.yaml"), connection);
            assertEquals(List.of("f.yaml:5:3: error [access-test-error] fixture 'nameless' cannot be inserted into"
                    + " public.organizations: null value in column \"name\" of relation \"organizations\" violates"
                    + " not-null constraint (SQLSTATE 23502)"), lines(failed));
            assertEquals(List.of("anon reads no organizations: not run, because fixture nameless cannot be inserted"),
                    failed.notRun());
            assertEquals(0, rows(connection));
        }
    }

    @Test
    void aCheckThatRunsLongerThanTheStatementTimeoutIsAnErrorNotAPass() throws Exception {
        try (Connection connection = supabase()) {
            String yaml = """
                    actors:
                      owner:
                        checks:
                          - name: a slow assertion
                            assert: select pg_sleep(3) is not null
                    """;
            AccessRun run = new AccessTestRunner(new AccessTestRunner.Options(false, 1))
                    .run(new AccessTestReader().read(yaml, "slow.yaml"), connection);
            assertEquals(List.of("slow.yaml:4:15: error [access-test-error] check 'a slow assertion' (actor owner (owner),"
                    + " assert assertion): assert assertion failed: canceling statement due to statement timeout"
                    + " (SQLSTATE 57014) (the statement timeout ended it; raise statementTimeout or make the statement"
                    + " cheaper)"), lines(run));
        }
    }

    @Test
    void anUnpinnedMatrixIsATableWithTheYamlToPinIt() throws Exception {
        try (Connection connection = supabase()) {
            AccessRun run = new AccessTestRunner(SHADOW).run(new AccessTestReader().read("matrix: true\n", "m.yaml"),
                    connection);
            assertEquals(List.of(), lines(run));
            assertEquals(List.of(), run.checked());
            List<String> rendered = new ArrayList<>();
            run.matrix().forEach(row -> rendered.add(String.join(" ", row)));
            assertEquals(List.of("public.documents anon denied denied denied denied",
                    "public.documents authenticated 0 denied 0 0",
                    "public.memberships anon denied denied denied denied",
                    "public.memberships authenticated 0 denied 0 0",
                    "public.organizations anon 0 denied denied denied",
                    "public.organizations authenticated 0 denied 0 0",
                    "public.profiles anon denied denied denied denied",
                    "public.profiles authenticated 0 denied 0 0"), rendered);
            assertTrue(run.matrixPin().contains("      anon: {select: 0, insert: denied, update: denied, delete: denied}"),
                    run.matrixPin().toString());
        }
    }
}
