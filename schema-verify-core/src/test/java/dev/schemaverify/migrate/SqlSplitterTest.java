package dev.schemaverify.migrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {
    private static List<SqlStatement> split(String script) {
        return SqlSplitter.split(script);
    }

    private static SqlStatement at(String sql, int line, int column) {
        return new SqlStatement(sql, line, column);
    }

    private static String failure(String script) {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> SqlSplitter.split(script, "db/V1__x.sql"));
        assertEquals(ErrorCode.SQL, e.code());
        return e.getMessage();
    }

    @Test
    void splitsAtTopLevelSemicolonsWithPositions() {
        assertEquals(List.of(
                at("CREATE TABLE a (id int)", 1, 1),
                at("CREATE TABLE b (id int)", 2, 3),
                at("SELECT 1", 4, 1)),
                split("CREATE TABLE a (id int);\n  CREATE TABLE b (id int);\n\nSELECT 1;\n"));
    }

    @Test
    void trailingStatementWithoutSemicolonCounts() {
        assertEquals(List.of(at("SELECT 1", 1, 1), at("SELECT 2", 1, 11)), split("SELECT 1; SELECT 2  \n"));
    }

    @Test
    void emptyAndCommentOnlyStatementsAreDropped() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split("  \n\t"));
        assertEquals(List.of(), split("-- only a comment\n/* and a block */ ;;\n;"));
        assertEquals(List.of(at("SELECT 1", 3, 1)), split(";\n-- c\nSELECT 1;\n-- trailing\n"));
    }

    @Test
    void statementStartsAfterLeadingCommentsAndEndsBeforeTrailingOnes() {
        assertEquals(List.of(
                at("SELECT 1 /* inner; */ + 1", 2, 14),
                at("SELECT 2", 4, 1)),
                split("-- header; not a split\n/* block */  SELECT 1 /* inner; */ + 1 -- tail;\n;\nSELECT 2 -- end"));
    }

    @Test
    void semicolonsInsideSingleQuotedStringsWithDoubledQuotes() {
        assertEquals(List.of(at("INSERT INTO t VALUES ('it''s; fine', ';')", 1, 1), at("SELECT 2", 1, 44)),
                split("INSERT INTO t VALUES ('it''s; fine', ';'); SELECT 2"));
    }

    @Test
    void standardStringsTreatBackslashAsAnOrdinaryCharacter() {
        assertEquals(List.of(at("SELECT 'C:\\'", 1, 1), at("SELECT 2", 1, 15)),
                split("SELECT 'C:\\'; SELECT 2"));
    }

    @Test
    void escapeStringsHonourBackslashEscapes() {
        assertEquals(List.of(at("SELECT E'a\\'; b', e'\\\\'", 1, 1), at("SELECT 2", 2, 1)),
                split("SELECT E'a\\'; b', e'\\\\';\nSELECT 2"));
    }

    @Test
    void wordEndingInEIsNotAnEscapeStringPrefix() {
        // "name'..." cannot happen in valid SQL, but a word such as "type" must not be read as E'
        assertEquals(List.of(at("SELECT type 'x\\'", 1, 1), at("SELECT 2", 1, 19)),
                split("SELECT type 'x\\'; SELECT 2"));
    }

    @Test
    void semicolonsInsideDoubleQuotedIdentifiers() {
        assertEquals(List.of(at("CREATE TABLE \"a;\"\"b\" (id int)", 1, 1), at("SELECT 1", 1, 31)),
                split("CREATE TABLE \"a;\"\"b\" (id int);SELECT 1"));
    }

    @Test
    void nestedBlockComments() {
        assertEquals(List.of(at("SELECT 1", 1, 29), at("SELECT 2", 2, 1)),
                split("/* a /* nested; */ still; */SELECT 1;\nSELECT 2"));
    }

    @Test
    void lineCommentHidesQuotesAndSemicolons() {
        assertEquals(List.of(at("SELECT 1\n-- it's; \"x\nFROM t", 1, 1)),
                split("SELECT 1\n-- it's; \"x\nFROM t;"));
    }

    @Test
    void dollarQuotedBodies() {
        String function = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\n"
                + "BEGIN\n  PERFORM 1; RETURN 'x;';\nEND;\n$$";
        assertEquals(List.of(at(function, 1, 1), at("SELECT f()", 6, 1)), split(function + ";\nSELECT f();"));
    }

    @Test
    void taggedDollarQuotesWithNestedDifferentTags() {
        String body = "DO $outer$\nBEGIN\n  EXECUTE $inner$ SELECT ';' $$ $inner$;\n  RAISE NOTICE $$done;$$;\nEND\n$outer$";
        assertEquals(List.of(at(body, 1, 1), at("SELECT 1", 6, 10)), split(body + "; SELECT 1"));
    }

    @Test
    void positionalParametersAreNotDollarQuotes() {
        String function = "CREATE FUNCTION add(int, int) RETURNS int LANGUAGE sql AS 'SELECT $1 + $2'";
        assertEquals(List.of(at("PREPARE p AS SELECT $1, $2", 1, 1), at("EXECUTE p(1, 2)", 1, 29), at(function, 2, 1)),
                split("PREPARE p AS SELECT $1, $2; EXECUTE p(1, 2);\n" + function + ";"));
    }

    @Test
    void dollarInsideIdentifierDoesNotOpenAQuote() {
        assertEquals(List.of(at("SELECT a$b$ FROM t", 1, 1), at("SELECT 2", 1, 21)),
                split("SELECT a$b$ FROM t; SELECT 2"));
    }

    @Test
    void beginAtomicBodyIsOneStatement() {
        String function = "CREATE FUNCTION tally(x int) RETURNS int\nLANGUAGE sql\nBEGIN ATOMIC\n"
                + "  INSERT INTO log VALUES (x);\n"
                + "  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\nEND";
        assertEquals(List.of(at(function, 1, 1), at("SELECT tally(1)", 6, 6)),
                split(function + "; SELECT tally(1);"));
    }

    @Test
    void beginAtomicInCreateOrReplaceProcedure() {
        String procedure = "create or replace procedure p()\nbegin atomic\n  delete from t; insert into t values (1);\nend";
        assertEquals(List.of(at("BEGIN", 1, 1), at(procedure, 1, 8), at("COMMIT", 5, 1)),
                split("BEGIN; " + procedure + ";\nCOMMIT;"));
    }

    @Test
    void transactionBeginOutsideARoutineIsAnOrdinaryStatement() {
        assertEquals(List.of(at("BEGIN", 1, 1), at("SELECT 1", 1, 8), at("END", 1, 18)),
                split("BEGIN; SELECT 1; END;"));
    }

    @Test
    void lineAndColumnAfterWindowsLineEndings() {
        assertEquals(List.of(at("SELECT 1", 1, 1), at("SELECT\r\n 2", 2, 3)), split("SELECT 1;\r\n  SELECT\r\n 2;\r\n"));
    }

    @Test
    void unterminatedSingleQuote() {
        assertEquals("db/V1__x.sql:2:17: unterminated string literal starting at line 2",
                failure("SELECT 1;\nSELECT 'abc' || 'def;\nSELECT 2;"));
    }

    @Test
    void unterminatedEscapeString() {
        assertEquals("db/V1__x.sql:1:8: unterminated escape string literal starting at line 1",
                failure("SELECT E'it\\'s;"));
    }

    @Test
    void unterminatedQuotedIdentifier() {
        assertEquals("db/V1__x.sql:1:14: unterminated quoted identifier starting at line 1",
                failure("CREATE TABLE \"oops (id int);"));
    }

    @Test
    void unterminatedDollarQuote() {
        assertEquals("db/V1__x.sql:3:4: unterminated dollar-quoted string $body$ starting at line 3",
                failure("SELECT 1;\n\nDO $body$ BEGIN NULL; END $$;"));
    }

    @Test
    void unterminatedNestedBlockComment() {
        assertEquals("db/V1__x.sql:1:10: unterminated block comment starting at line 1",
                failure("SELECT 1 /* a /* b */ still open;"));
    }

    @Test
    void unterminatedBeginAtomic() {
        assertEquals("db/V1__x.sql:1:1: unterminated BEGIN ATOMIC body (no matching END) starting at line 1",
                failure("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1;"));
    }

    @Test
    void withoutDisplayNameMessagesSayScript() {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> SqlSplitter.split("SELECT 'x"));
        assertEquals("script:1:8: unterminated string literal starting at line 1", e.getMessage());
    }

    @Test
    void psqlMetaCommandsAreRejected() {
        assertEquals("db/V1__x.sql:2:3: psql meta-command \\i is not supported; only SQL statements can be applied,"
                + " so replace it by the SQL it stands for", failure("SELECT 1;\n  \\i other.sql\nSELECT 2;"));
    }

    @Test
    void backslashInsideAStatementLineIsNotAMetaCommand() {
        assertEquals(List.of(at("SELECT 1 \\\\ 2", 1, 1)), split("SELECT 1 \\\\ 2"));
    }

    @Test
    void errorPositionMapsToScriptLineAndColumn() {
        SqlStatement statement = split("-- x\n  SELECT 1,\n    bogus,\n  'é' || nope").get(0);
        assertArrayEquals(new int[] {2, 3}, statement.lineAndColumnAt(1));
        assertArrayEquals(new int[] {3, 5}, statement.lineAndColumnAt(15));
        assertArrayEquals(new int[] {4, 10}, statement.lineAndColumnAt(31));
        assertArrayEquals(new int[] {2, 3}, statement.lineAndColumnAt(0));
    }
}
