package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.migrate.SqlScripts;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.reconcile.ReconcileOptions;
import dev.schemaverify.reconcile.ReconcileStep;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code diff} compares: what the model does not cover (a rule on a view) is listed as not
 * verified, as {@code verify} lists it, rather than hidden behind "0 differences"; and with
 * {@code schemas=...} an extension installed in another schema is left alone, never dropped.
 */
class DiffScopeIT {
    private static final String SCHEMA = """
            CREATE SCHEMA extensions;
            CREATE EXTENSION pg_trgm SCHEMA extensions;
            CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
            CREATE MATERIALIZED VIEW public.note_ids AS SELECT id FROM public.notes;
            """;

    @Test
    void aRuleOnAViewIsListedAsNotVerified() throws Exception {
        String expected = database(SCHEMA + "CREATE VIEW public.note_view AS SELECT id FROM public.notes;"
                + " CREATE RULE note_view_insert AS ON INSERT TO public.note_view DO INSTEAD NOTHING;");
        String actual = database(SCHEMA + "CREATE VIEW public.note_view AS SELECT id FROM public.notes;");
        ReconcileResult result = diff(expected, actual, List.of());
        assertEquals(List.of(), result.findings());
        assertEquals(List.of("rule public.note_view.note_view_insert"),
                result.notVerified().stream().map(NotVerified::toString).toList());
    }

    @Test
    void anExtensionOutsideTheNamedSchemasIsNotDropped() throws Exception {
        String expected = database("CREATE TABLE public.notes (id integer PRIMARY KEY, body text);");
        String actual = database(SCHEMA);
        List<String> all = diff(expected, actual, List.of()).forward().steps().stream().map(ReconcileStep::sql)
                .filter(sql -> sql.contains("EXTENSION")).toList();
        assertEquals(List.of("DROP EXTENSION IF EXISTS pg_trgm"), all);
        List<String> inPublic = diff(expected, actual, List.of("public")).forward().steps().stream()
                .map(ReconcileStep::sql).filter(sql -> sql.contains("EXTENSION")).toList();
        assertEquals(List.of(), inPublic);
    }

    private static ReconcileResult diff(String expected, String actual, List<String> schemas) {
        return new SchemaVerifier().reconcile(new ReconcileRequest(
                new SchemaSource.Database(new DatabaseTarget(expected, "postgres", null)),
                new SchemaSource.Database(new DatabaseTarget(actual, "postgres", null)), null, schemas,
                new ReconcileOptions(true, true, false)));
    }

    private static String database(String sql) throws Exception {
        String url = TestDatabases.createDatabase("scope");
        try (Connection connection = TestDatabases.connect(url)) {
            connection.setAutoCommit(true);
            SqlScripts.execute(connection, sql, "scope.sql", 0);
        }
        return url;
    }
}
