package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.shadow.EmbeddedOptions;
import dev.schemaverify.shadow.EmbeddedShadow;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every catalog rule on every supported server version (14 to 18): one Supabase-style schema holding an
 * insecure or slow form for each rule finds the same findings everywhere. The policies' stored expression
 * trees, ACLs and view dependencies are read from catalogs whose details differ between versions; this is
 * where such a difference shows first. 17 is the shared test server; the others start from the binaries
 * jars the pom copies to {@code target/pg-binaries}.
 */
class CatalogRulesOnEveryVersionIT {
    private static final String SCHEMA = CatalogRulesIT.ROLES
            + "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_owner') THEN CREATE ROLE app_owner"
            + " NOLOGIN; END IF; END $$;\n"
            + "CREATE TABLE projects (id int PRIMARY KEY, tenant_id uuid, name text);\n"
            + "GRANT SELECT ON projects TO anon;\n"
            + "CREATE TABLE members (id int PRIMARY KEY, org_id uuid, user_id uuid);\n"
            + "ALTER TABLE members ENABLE ROW LEVEL SECURITY;\n"
            + "CREATE POLICY own ON members FOR SELECT TO authenticated USING (user_id = auth.uid());\n"
            + "CREATE POLICY own_too ON members FOR ALL TO authenticated USING (user_id = (SELECT auth.uid()))"
            + " WITH CHECK (true);\n"
            + "CREATE POLICY by_anon ON members FOR DELETE TO anon USING (user_id = current_setting('app.user', true)::uuid);\n"
            + "GRANT SELECT ON members TO authenticated;\n"
            + "GRANT INSERT ON members TO anon;\n"
            + "ALTER TABLE members OWNER TO app_owner;\n"
            + "CREATE VIEW member_list AS SELECT id FROM members;\n"
            + "GRANT SELECT ON member_list TO anon;\n"
            + "CREATE FUNCTION is_admin() RETURNS boolean LANGUAGE sql SECURITY DEFINER AS $$ SELECT false $$;\n"
            + "CREATE TABLE orders (id int PRIMARY KEY, customer int, placed date);\n"
            + "CREATE INDEX orders_customer ON orders (customer);\n"
            + "CREATE INDEX orders_customer_placed ON orders (customer, placed);\n";

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {14, 15, 16, 17, 18})
    void everyVersionFindsTheSame(int major) throws Exception {
        Set<String> catalogRules = LintRules.all().stream().filter(rule -> rule instanceof CatalogRule)
                .map(LintRule::id).collect(Collectors.toSet());
        List<String> expected;
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("versions_lint"))) {
            expected = findings(connection, catalogRules);
        }
        Set<String> codes = expected.stream().map(line -> line.substring(line.indexOf('[') + 1, line.indexOf(']')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("always-true-write-policy", "api-role-without-rls", "grant-without-policy",
                "multiple-permissive-policies", "policy-function-per-row", "policy-without-grant", "redundant-index",
                "rls-not-forced", "security-definer-executable", "security-definer-search-path",
                "tenant-policy-without-column", "tenant-table-without-rls", "view-bypasses-rls")), codes);
        if (major == 17) {
            return;
        }
        try (EmbeddedShadow server = EmbeddedShadow.start(EmbeddedOptions.of(major).withBinaries(binaries(major)));
                Connection connection = server.connect()) {
            assertEquals(expected, findings(connection, catalogRules), "PostgreSQL " + major);
        }
    }

    private static List<String> findings(Connection connection, Set<String> codes) throws Exception {
        Path folder = LintFixture.folder(SCHEMA);
        LintOptions options = new LintOptions(null, null, List.of("app_owner"));
        return new Linter(options).lint(connection, MigrationSources.forFolder(folder, "db"), List.of())
                .diagnostics().stream().filter(d -> codes.contains(d.code())).sorted().map(Diagnostic::line).toList();
    }

    private static Path binaries(int major) {
        String property = "schema-verify.test.pg" + major + "-binaries";
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("PostgreSQL " + major + " binaries jar not found at " + value + " ("
                    + property + "); run the tests through Maven (mvn verify), which copies it to target/pg-binaries");
        }
        return Path.of(value);
    }
}
