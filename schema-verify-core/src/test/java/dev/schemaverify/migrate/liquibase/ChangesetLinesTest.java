package dev.schemaverify.migrate.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a changeset starts in each changelog format, so lint can report its statements at file:line. */
class ChangesetLinesTest {
    @Test
    void formattedSqlHeader() {
        String text = "--liquibase formatted sql\n\n--changeset alice:1\nSELECT 1;\n\n-- changeset \"bob\":\"2\" runOnChange:true\nSELECT 2;\n";
        assertEquals(3, ChangesetLines.find(text, "1", "alice"));
        assertEquals(6, ChangesetLines.find(text, "2", "bob"));
        assertEquals(0, ChangesetLines.find(text, "1", "bob"));
    }

    @Test
    void xmlElementWithItsAttributesInAnyOrder() {
        String text = "<databaseChangeLog>\n  <changeSet id=\"1\" author=\"alice\">\n  </changeSet>\n"
                + "  <changeSet author=\"alice\"\n      id=\"10\">\n    <sql>select 1</sql>\n  </changeSet>\n</databaseChangeLog>\n";
        assertEquals(2, ChangesetLines.find(text, "1", "alice"));
        assertEquals(4, ChangesetLines.find(text, "10", "alice"));
    }

    @Test
    void yamlAndJsonKeys() {
        String yaml = "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: alice\n  - changeSet:\n"
                + "      id: '1.1'\n      author: alice\n";
        assertEquals(2, ChangesetLines.find(yaml, "1", "alice"));
        assertEquals(5, ChangesetLines.find(yaml, "1.1", "alice"));
        String json = "{\"databaseChangeLog\": [\n  {\"changeSet\": {\n    \"id\": \"7\", \"author\": \"carol\"}}\n]}\n";
        assertEquals(2, ChangesetLines.find(json, "7", "carol"));
    }
}
