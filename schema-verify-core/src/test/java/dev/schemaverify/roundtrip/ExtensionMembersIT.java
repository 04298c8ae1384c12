package dev.schemaverify.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.api.VerifyResult;
import dev.schemaverify.migrate.SqlScripts;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.report.ConsoleReport;
import dev.schemaverify.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objects an extension owns belong to the extension, not to the project's schema: neither compared nor
 * listed as not verified. The contrib extensions of the embedded server create views, types, operators,
 * operator classes and functions in the schema they are installed in; PostGIS also puts rules on its
 * {@code geometry_columns} view, which is simulated here by adding a view that carries a rule, a trigger
 * and a materialized view with an index to an extension, as {@code ALTER EXTENSION ... ADD} does for an
 * extension script. Only the project's own rule is listed.
 */
class ExtensionMembersIT {
    @TempDir
    Path folder;

    @Test
    void extensionMembersAreNeitherComparedNorListed() throws Exception {
        String url = TestDatabases.createDatabase("extensions");
        try (Connection connection = TestDatabases.connect(url)) {
            connection.setAutoCommit(true);
            SqlScripts.execute(connection, """
                    CREATE EXTENSION hstore;
                    CREATE EXTENSION pg_trgm;
                    CREATE EXTENSION tablefunc;
                    CREATE EXTENSION pg_stat_statements;
                    CREATE TABLE notes (id integer PRIMARY KEY, attributes hstore);
                    CREATE VIEW geometry_columns AS SELECT id FROM notes;
                    CREATE RULE geometry_columns_insert AS ON INSERT TO geometry_columns DO INSTEAD NOTHING;
                    CREATE FUNCTION geometry_columns_touch() RETURNS trigger LANGUAGE plpgsql
                      AS $$ BEGIN RETURN NEW; END $$;
                    CREATE TRIGGER geometry_columns_touch INSTEAD OF UPDATE ON geometry_columns
                      FOR EACH ROW EXECUTE FUNCTION geometry_columns_touch();
                    CREATE MATERIALIZED VIEW spatial_ref_sys AS SELECT id FROM notes;
                    CREATE INDEX spatial_ref_sys_id ON spatial_ref_sys (id);
                    ALTER EXTENSION hstore ADD VIEW geometry_columns;
                    ALTER EXTENSION hstore ADD FUNCTION geometry_columns_touch();
                    ALTER EXTENSION hstore ADD MATERIALIZED VIEW spatial_ref_sys;
                    CREATE VIEW own AS SELECT id FROM notes;
                    CREATE RULE own_insert AS ON INSERT TO own DO INSTEAD NOTHING;
                    """, "extensions.sql", 0);
        }
        VerifyResult result = RoundTrip.inspectThenVerify(url, folder);
        assertEquals("", String.join("\n", result.findings().stream().map(ConsoleReport::line).toList()));
        assertEquals(List.of("rule public.own.own_insert"), result.notVerified().stream().map(NotVerified::toString)
                .toList());
    }
}
