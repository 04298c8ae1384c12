package dev.schemaverify.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private static final Placeholders VALUES = new Placeholders(Map.of("schema", "app", "role", "reader"), false);

    @Test
    void replacesInStatementsAndStringsButNotInCommentsOrDollarQuotes() {
        String sql = "-- ${schema} in a comment\n"
                + "CREATE TABLE ${schema}.t (note text DEFAULT '${role}'); /* ${nope} /* nested */ ${nope} */\n"
                + "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT '${kept}' $body$;\n"
                + "PREPARE p AS SELECT $1::text || '${role}';\n";

        assertEquals("-- ${schema} in a comment\n"
                + "CREATE TABLE app.t (note text DEFAULT 'reader'); /* ${nope} /* nested */ ${nope} */\n"
                + "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT '${kept}' $body$;\n"
                + "PREPARE p AS SELECT $1::text || 'reader';\n", VALUES.apply(sql, "db/V1__x.sql", 0));
    }

    @Test
    void dollarQuotesToOnRequest() {
        Placeholders inBodies = new Placeholders(Map.of("role", "reader"), true);

        assertEquals("DO $$ BEGIN EXECUTE 'GRANT SELECT ON t TO reader'; END $$;",
                inBodies.apply("DO $$ BEGIN EXECUTE 'GRANT SELECT ON t TO ${role}'; END $$;", "f.sql", 0));
    }

    @Test
    void anUndefinedPlaceholderNamesFileLineAndColumnAfterTheOffset() {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> VALUES.apply("SELECT 1;\n  SELECT ${schemaa};", "db/V2__y.sql", 4));

        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertEquals("db/V2__y.sql:6:10: placeholder ${schemaa} has no value; define it in <placeholders> of the"
                + " plugin configuration (defined: role, schema)", e.getMessage());
    }

    @Test
    void withoutValuesNothingIsReplaced() {
        assertEquals("SELECT '${x}';", Placeholders.NONE.apply("SELECT '${x}';", "f.sql", 0));
    }
}
