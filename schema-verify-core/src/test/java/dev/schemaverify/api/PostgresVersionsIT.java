package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.contract.Contract;
import dev.schemaverify.contract.ContractReader;
import dev.schemaverify.contract.ContractWriter;
import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.inspect.ContractNormalizer;
import dev.schemaverify.inspect.InspectOptions;
import dev.schemaverify.inspect.Inspector;
import dev.schemaverify.migrate.StepTransactions;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.shadow.EmbeddedOptions;
import dev.schemaverify.shadow.EmbeddedShadow;
import dev.schemaverify.testing.TestDatabases;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The inspector and the normalizer on every supported server version (14 to 18), on the quickstart
 * schema: a contract written from a database reads back as no drift against that database, and the
 * hand-edited quickstart contract matches the migrations on every version. The inspector tests'
 * {@code full-schema.sql} (one of every object kind, and some the model does not cover) round-trips too.
 *
 * <p>One server per version: 17 is the shared test server; 14 to 16 and 18 start from the binaries jars that
 * the pom copies to {@code target/pg-binaries}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresVersionsIT {
    private static final Map<Integer, String> WRITTEN = new TreeMap<>();
    private static final List<String> NOT_VERIFIED = List.of("aggregate public.total_sum(numeric)",
            "composite type public.money_pair", "domain public.email_address",
            "exclusion constraint public.bookings.bookings_during_excl",
            "rule public.users.users_no_delete");

    @Order(1)
    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {14, 15, 16, 17, 18})
    void roundTripsAndTheQuickstartContractFindNoDrift(int major) throws Exception {
        if (major == 17) {
            try (Connection quickstart = TestDatabases.connect(TestDatabases.createDatabase("versions"));
                    Connection everyObject = TestDatabases.connect(TestDatabases.createDatabase("versions_all"))) {
                check(major, quickstart, everyObject);
            }
            return;
        }
        try (EmbeddedShadow server = EmbeddedShadow.start(EmbeddedOptions.of(major).withBinaries(binaries(major)));
                Connection quickstart = server.connect()) {
            TestDatabases.execute(quickstart, "CREATE DATABASE every_object");
            try (Connection everyObject = TestDatabases.connect(
                    server.jdbcUrl().replace("/" + EmbeddedShadow.DATABASE + "?", "/every_object?"))) {
                check(major, quickstart, everyObject);
            }
        }
    }

    private static void check(int major, Connection connection, Connection everyObject) throws Exception {
        assertEquals(major, serverMajor(connection));
        assertEquals(major, serverMajor(everyObject));
        TestDatabases.execute(everyObject, fullSchemaScript());
        Snapshot all = new Inspector(InspectOptions.allSchemas()).inspect(everyObject);
        Contract allWritten = new ContractReader().read(new ContractWriter().write(all), "every-object.yaml");
        assertEquals(List.of(), Quickstart.lines(SchemaDiff.diff(
                new ContractNormalizer().normalize(everyObject, allWritten.expected()), all, new DiffOptions(true))),
                "every kind of object round-trips on PostgreSQL " + major);
        assertEquals(NOT_VERIFIED, all.notVerified().stream().map(Object::toString).toList(),
                "PostgreSQL " + major);

        if (major >= 18) {
            notNullConstraintsOf18(everyObject);
        }

        StepTransactions.applyAll(connection, MigrationSources.forFolder(Quickstart.migrations(), Quickstart.MIGRATIONS_DISPLAY));
        Snapshot actual = new Inspector(InspectOptions.allSchemas()).inspect(connection);

        String yaml = new ContractWriter().write(actual);
        WRITTEN.put(major, yaml);
        Contract written = new ContractReader().read(yaml, "inspected.yaml");
        Snapshot expected = new ContractNormalizer().normalize(connection, written.expected());
        assertEquals(List.of(), Quickstart.lines(SchemaDiff.diff(expected, actual, new DiffOptions(true))),
                "a contract written from PostgreSQL " + major + " is no drift against it:\n" + yaml);

        Contract handWritten = new ContractReader().read(Quickstart.contract(), Quickstart.CONTRACT_DISPLAY);
        Snapshot declared = new ContractNormalizer().normalize(connection, handWritten.expected());
        // PostgreSQL 18 ships pgcrypto 1.4; the quickstart contract pins the 1.3 of 14 to 17, a real difference
        List<String> pinned = major >= 18 ? List.of(Quickstart.CONTRACT_DISPLAY + ":7:3: warning [changed-extension]"
                + " extension pgcrypto: version expected '1.3', found '1.4'") : List.of();
        assertEquals(pinned, Quickstart.lines(SchemaDiff.diff(declared, actual, new DiffOptions(true))),
                "the quickstart contract matches its migrations on PostgreSQL " + major);
    }

    /**
     * The inspector reads the same schema on every version. The documented differences: PostgreSQL 15
     * made {@code pg_database_owner} the owner of {@code public} (before, the bootstrap superuser owned
     * it). The quickstart contract declares no owners, so it matches on every version. PostgreSQL 18 ships
     * pgcrypto 1.4 (14 to 17: 1.3).
     */
    @Order(2)
    @Test
    void everyVersionWritesTheSameContractExceptThePublicSchemaOwner() {
        assertEquals(List.of(14, 15, 16, 17, 18), List.copyOf(WRITTEN.keySet()), "every version was inspected");
        String on17 = WRITTEN.get(17);
        String publicOwner15 = "\n  public:\n    owner: pg_database_owner\n";
        String publicOwner14 = "\n  public:\n    owner: postgres\n";
        assertTrue(on17.contains(publicOwner15), on17);
        // PostgreSQL 15 also stopped granting CREATE on the public schema to PUBLIC
        assertEquals(on17.replace(publicOwner15, publicOwner14).replace("PUBLIC: [USAGE]", "PUBLIC: [CREATE, USAGE]"),
                WRITTEN.get(14), "PostgreSQL 14");
        assertEquals(on17, WRITTEN.get(15), "PostgreSQL 15");
        assertEquals(on17, WRITTEN.get(16), "PostgreSQL 16");
        // PostgreSQL 18 records every NOT NULL as a pg_constraint row too: none may show up as a check constraint,
        // so its contract is 17's but for the pgcrypto version it ships
        String pgcrypto = "pgcrypto: {schema: extensions, version: \"";
        assertTrue(on17.contains(pgcrypto + "1.3\"}"), on17);
        assertEquals(on17.replace(pgcrypto + "1.3\"}", pgcrypto + "1.4\"}"), WRITTEN.get(18), "PostgreSQL 18");
    }

    /**
     * PostgreSQL 18 keeps NOT NULL as constraints in {@code pg_constraint} (type {@code n}), named, and they may
     * be added {@code NOT VALID}: a column is nullable or not as before, and none of them is a check constraint.
     */
    private static void notNullConstraintsOf18(Connection connection) throws Exception {
        TestDatabases.execute(connection, "CREATE TABLE public.pg18_not_null (id int CONSTRAINT pg18_id_nn NOT NULL,"
                + " note text, CHECK (id > 0));"
                + " ALTER TABLE public.pg18_not_null ADD CONSTRAINT pg18_note_nn NOT NULL note NOT VALID");
        Snapshot snapshot = new Inspector(new InspectOptions(List.of("public"), List.of())).inspect(connection);
        dev.schemaverify.model.Table table = snapshot.tables().stream()
                .filter(t -> t.name().name().equals("pg18_not_null")).findFirst().orElseThrow();
        assertEquals(List.of("id false", "note false"), table.columns().stream()
                .map(c -> c.name() + " " + c.nullable()).toList());
        assertEquals(List.of("pg18_not_null_id_check"), table.checks().stream().map(c -> c.name()).toList());
        // rows from before a NOT VALID constraint may hold nulls: said, not passed silently
        assertEquals(List.of("not valid not-null constraint public.pg18_not_null.pg18_note_nn"), snapshot.notVerified()
                .stream().map(Object::toString).filter(line -> line.contains("pg18")).toList());
        Contract written = new ContractReader().read(new ContractWriter().write(snapshot), "pg18.yaml");
        assertEquals(List.of(), Quickstart.lines(SchemaDiff.diff(new ContractNormalizer().normalize(connection,
                written.expected()), snapshot, new DiffOptions(true))), "NOT NULL constraints round-trip on 18");
        TestDatabases.execute(connection, "DROP TABLE public.pg18_not_null");
    }

    /** The inspector tests' fixture: one of every object the model covers, and some it does not. */
    private static String fullSchemaScript() throws Exception {
        try (InputStream in = PostgresVersionsIT.class.getResourceAsStream("/dev/schemaverify/inspect/full-schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int serverMajor(Connection connection) throws Exception {
        try (ResultSet rs = connection.createStatement()
                .executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Path binaries(int major) {
        String property = "schema-verify.test.pg" + major + "-binaries";
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("PostgreSQL " + major + " binaries jar not found at " + value + " ("
                    + property + "); run the tests through Maven (mvn verify), whose maven-dependency-plugin"
                    + " copies it to target/pg-binaries");
        }
        return Path.of(value);
    }
}
