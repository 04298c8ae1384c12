package dev.schemaverify.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaVersionTest {
    @ParameterizedTest
    @CsvSource({"1,1.0.0", "1.4,1.4.0", "1.4.2,1.4.2", "V1_4_2,1.4.2", "v2.0,2.0.0", "1_10,1.10.0", "' 3.1 ',3.1.0",
            "007,7.0.0"})
    void readsTheSpellingsToolsWrite(String text, String expected) {
        assertEquals(expected, SchemaVersion.parse(text).toString());
    }

    @Test
    void refusesWhatIsNoVersion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchemaVersion.parse("1.2.3.4"));
        assertEquals("'1.2.3.4' is not a schema version; write major[.minor[.patch]], e.g. 1.4.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SchemaVersion.parse("release-1"));
        assertThrows(IllegalArgumentException.class, () -> SchemaVersion.parse(""));
    }

    @Test
    void comparesPartByPartNumerically() {
        assertEquals(1, SchemaVersion.parse("1.10").compareTo(SchemaVersion.parse("1.9")));
        assertEquals(0, SchemaVersion.parse("1.0").compareTo(SchemaVersion.parse("1")));
        assertEquals(-1, SchemaVersion.parse("1.4.1").compareTo(SchemaVersion.parse("1.4.2")));
    }

    /** Every row of the rules: required (application) version, database version, verdict. */
    @ParameterizedTest
    @CsvSource({
            "1.4.0, 1.4.0, SAME",
            "1.4.0, 1.4.1, DATABASE_NEWER_COMPATIBLE",
            "1.4.0, 1.5.0, DATABASE_NEWER_COMPATIBLE",
            "1.4.2, 1.5.0, DATABASE_NEWER_COMPATIBLE",
            "1.4.1, 1.4.0, APPLICATION_NEWER",
            "1.5.0, 1.4.9, APPLICATION_NEWER",
            "2.0.0, 1.9.0, MAJOR_CONFLICT",
            "1.9.0, 2.0.0, MAJOR_CONFLICT",
            "8, 8, SAME",
            "8, 9, MAJOR_CONFLICT",
            "9, 8, MAJOR_CONFLICT"})
    void theCompatibilityRules(String required, String database, VersionVerdict expected) {
        VersionVerdict verdict = VersionVerdict.of(SchemaVersion.parse(required), SchemaVersion.parse(database));
        assertEquals(expected, verdict);
        assertEquals(expected == VersionVerdict.SAME || expected == VersionVerdict.DATABASE_NEWER_COMPATIBLE,
                verdict.compatible());
    }

    @Test
    void eachVerdictSaysWhatToDo() {
        SchemaVersion app = SchemaVersion.parse("1.5");
        assertEquals("the application needs schema version 1.5.0 but the database holds 1.4.0 (public.flyway_schema_history):"
                + " run the migrations up to 1.5.0 before starting it",
                VersionVerdict.APPLICATION_NEWER.explain(app, SchemaVersion.parse("1.4"), "public.flyway_schema_history"));
        assertEquals("version conflict: the application needs schema version 1.5.0 but the database holds 2.0.0"
                + " (versionQuery), another major version: deploy the application release that matches the database,"
                + " or migrate the database to 1.x",
                VersionVerdict.MAJOR_CONFLICT.explain(app, SchemaVersion.parse("2"), "versionQuery"));
        assertEquals("schema version 1.6.0 (q) is newer than the 1.5.0 the application needs, within the same major"
                + " version: compatible", VersionVerdict.DATABASE_NEWER_COMPATIBLE.explain(app, SchemaVersion.parse("1.6"), "q"));
    }

    @Test
    void modesParseInAnyCaseAndNameABadValue() {
        assertEquals(GuardMode.OFF, GuardMode.parse(" Off ", "X"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GuardMode.parse("disabled", "SCHEMA_VERIFY_GUARD"));
        assertEquals("SCHEMA_VERIFY_GUARD=disabled is not a guard mode; use fail, warn or off", e.getMessage());
    }
}
