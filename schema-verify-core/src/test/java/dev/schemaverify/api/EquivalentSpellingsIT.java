package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.migrate.StepTransactions;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which spellings are the same schema. PostgreSQL deparses both sides, so {@code int} and
 * {@code integer}, {@code varchar(20)} and {@code character varying(20)}, and a policy with or without
 * its outer parentheses are equal. {@code now()} and {@code CURRENT_TIMESTAMP} return the same value
 * but are different expressions, which PostgreSQL keeps apart in the catalog ({@code SQLValueFunction}
 * versus a call of {@code now()}): a contract saying {@code now()} for a column created with
 * {@code DEFAULT CURRENT_TIMESTAMP} is drift, reported as such.
 *
 * <p>Each contract is checked both ways the facade normalizes it: in a shadow database built from the
 * migration, and in the live target itself.
 */
class EquivalentSpellingsIT {
    private static final String MIGRATION = """
            create schema auth;
            create function auth.uid() returns uuid language sql stable as $$ select null::uuid $$;

            create table public.notes (
              id          integer primary key,
              user_id     uuid,
              title       character varying(20),
              created_at  timestamp with time zone default CURRENT_TIMESTAMP,
              updated_at  timestamp with time zone default now()
            );

            alter table public.notes enable row level security;
            create policy notes_select_own on public.notes for select using (auth.uid() = user_id);
            create policy notes_insert_own on public.notes for insert with check ((auth.uid() = user_id));
            """;

    /** Our own spelling of the migration; only {@code created_at}'s default is really different. */
    private static final String CONTRACT = """
            contract: 1
            schemas:
              public:
                tables:
                  notes:
                    columns:
                      id: {type: int, nullable: false}
                      title: {type: varchar(20)}
                      created_at: {type: timestamptz, default: %s}
                      updated_at: {type: timestamptz, default: now()}
                    policies:
                      notes_select_own: {command: SELECT, using: (auth.uid() = user_id)}
                      notes_insert_own: {command: INSERT, withCheck: auth.uid() = user_id}
            """;

    @TempDir
    static Path project;
    private static Path migrations;
    private static String target;

    @BeforeAll
    static void migrationAndTarget() throws Exception {
        migrations = Files.createDirectories(project.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__notes.sql"), MIGRATION);
        target = TestDatabases.createDatabase("spellings");
        try (Connection connection = TestDatabases.connect(target)) {
            StepTransactions.applyAll(connection, MigrationSources.forFolder(migrations, "db/migration"));
        }
    }

    @Test
    void nowIsNotCurrentTimestamp() throws Exception {
        String finding = "db/schema-contract.yaml:9:11: error [changed-column] column public.notes.created_at:"
                + " default expected 'now()', found 'CURRENT_TIMESTAMP'";
        assertEquals(List.of(finding), verify(CONTRACT.formatted("now()"), false));
        assertEquals(List.of(finding), verify(CONTRACT.formatted("now()"), true));
    }

    @Test
    void intVarcharAndParenthesesAreTheSameAsPostgresSpellsThem() throws Exception {
        assertEquals(List.of(), verify(CONTRACT.formatted("current_timestamp"), false));
        assertEquals(List.of(), verify(CONTRACT.formatted("current_timestamp"), true));
    }

    private static List<String> verify(String contractYaml, boolean live) throws Exception {
        Path contract = Files.writeString(project.resolve("schema-contract.yaml"), contractYaml);
        VerifyRequest request = live
                ? new VerifyRequest(contract, "db/schema-contract.yaml", null, null,
                        new DatabaseTarget(target, "postgres", null), null, List.of(), false)
                : new VerifyRequest(contract, "db/schema-contract.yaml", migrations, "db/migration", null,
                        QuickstartFacadeIT.temporaryDatabaseShadow(), List.of(), false);
        return Quickstart.lines(new SchemaVerifier().verify(request).findings());
    }
}
