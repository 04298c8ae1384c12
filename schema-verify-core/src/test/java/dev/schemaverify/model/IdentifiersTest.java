package dev.schemaverify.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
    @Test
    void quotesLikeQuoteIdentifier() {
        assertEquals("users", Identifiers.quote("users"));
        assertEquals("\"user\"", Identifiers.quote("user"));
        assertEquals("\"position\"", Identifiers.quote("position")); // a column-name key word
        assertEquals("\"time\"", Identifiers.quote("time"));
        assertEquals("\"int\"", Identifiers.quote("int"));
        assertEquals("name", Identifiers.quote("name")); // unreserved: never quoted
        assertEquals("\"Users\"", Identifiers.quote("Users"));
        assertEquals("\"a\"\"b\"", Identifiers.quote("a\"b"));
        assertEquals("\"1st\"", Identifiers.quote("1st"));
    }

    @Test
    void splitsQualifiedNamesAsPostgresReadsThem() {
        assertEquals(List.of("public", "users"), Identifiers.splitQualified("Public.Users"));
        assertEquals(List.of("My.Schema", "Table"), Identifiers.splitQualified("\"My.Schema\".\"Table\""));
        assertEquals(List.of("a\"b"), Identifiers.splitQualified("\"a\"\"b\""));
    }
}
