package dev.schemaverify.examples.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.MigrateRequest;
import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.guard.SchemaGuardException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real application against real databases built from its own migrations: it serves on a
 * compatible one, and refuses to start, with the guard's message, on a drifted or outdated one.
 */
class NotesApplicationTest {
    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    /** A new database with the migrations applied up to {@code target} (all when {@code null}). */
    private static String database(String name, String target) throws Exception {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String url = server.getJdbcUrl("postgres", name);
        var options = new dev.schemaverify.migrate.MigrateOptions(null, false, target, false, false, false);
        new SchemaVerifier().migrate(new MigrateRequest(MigrationSources.forFolder(
                Path.of("src/main/resources/db/migration"), "db/migration"),
                new DatabaseTarget(url, "postgres", null), options, null));
        return url;
    }

    private static ConfigurableApplicationContext start(String url) {
        return SpringApplication.run(NotesApplication.class, "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--server.port=0");
    }

    @Test
    void startsAndServesItsHealthDocumentOnTheDatabaseItsMigrationsBuild() throws Exception {
        try (ConfigurableApplicationContext context = start(database("notes_ok", null))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/health/schema")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("\"status\": \"passed\""), response.body());
            assertTrue(response.body().contains("\"requiredVersion\": \"1.1.0\""), response.body());
            assertTrue(response.body().contains("\"databaseVersion\": \"1.1.0\""), response.body());
            assertTrue(response.body().contains("\"problems\": []"), response.body());
        }
    }

    @Test
    void refusesToStartOnADriftedDatabase() throws Exception {
        String url = database("notes_drifted", null);
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE public.notes ADD COLUMN archived boolean; ALTER TABLE public.note_tags"
                    + " DROP CONSTRAINT note_tags_tag_format");
        }
        Throwable failure = assertThrows(Throwable.class, () -> start(url).close());
        SchemaGuardException guard = cause(failure);
        String message = guard.getMessage();
        assertTrue(message.contains("is not compatible with this application (2 problems)"), message);
        assertTrue(message.contains("[unexpected-column] column public.notes.archived"), message);
        assertTrue(message.contains("classpath:db/schema-contract.yaml:"), message);
        assertTrue(message.contains("[missing-check-constraint] check constraint public.note_tags.note_tags_tag_format is missing"), message);
    }

    @Test
    void refusesToStartOnADatabaseThatMissesAMigration() throws Exception {
        String url = database("notes_old", "1.0.0");
        Throwable failure = assertThrows(Throwable.class, () -> start(url).close());
        String message = cause(failure).getMessage();
        assertTrue(message.contains("[schema-version-behind] the application needs schema version 1.1.0 but the"
                + " database holds 1.0.0 (public.schema_verify_history): run the migrations up to 1.1.0 before"
                + " starting it"), message);
    }

    /** The guard needs schema-verify-core alone: Liquibase (optional in the core) is not on this class path. */
    @Test
    void theApplicationDoesNotInheritLiquibase() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("liquibase.Liquibase"));
    }

    private static SchemaGuardException cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SchemaGuardException guard) {
                return guard;
            }
        }
        throw new AssertionError("the start-up failed for another reason", failure);
    }
}
