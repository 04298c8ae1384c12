package dev.schemaverify.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractReaderErrorsTest {
    private static final String FILE = "db/contract.yaml";

    private static final String TABLE = """
            contract: 1
            schemas:
              public:
                tables:
                  profiles:
            """;

    @Test
    void yamlSyntaxError() {
        assertError("""
                contract: 1
                schemas:
                  public: {tables: [}
                """, "db/contract.yaml:3:21: invalid YAML: expected the node content, but found '}'"
                + " (while parsing a flow node at line 3); check the indentation and quoting");
    }

    @Test
    void tabIndentation() {
        assertError("contract: 1\nschemas:\n\tpublic: {}\n",
                "db/contract.yaml:3:1: invalid YAML: found character '\\t(TAB)' that cannot start any token."
                        + " (Do not use \\t(TAB) for indentation); check the indentation and quoting");
    }

    @Test
    void emptyFile() {
        assertError("", "db/contract.yaml:1:1: the contract is empty; start it with 'contract: 1'");
        assertError("# only a comment\n", "db/contract.yaml:1:1: the contract is empty; start it with 'contract: 1'");
    }

    @Test
    void missingVersion() {
        assertError("schemas:\n  public: {}\n", "db/contract.yaml:1:1: missing 'contract: 1';"
                + " add it as the first line to declare the contract format version");
    }

    @Test
    void unsupportedVersion() {
        assertError("contract: 2\n", "db/contract.yaml:1:11: unsupported contract version 2;"
                + " this schema-verify reads version 1 (upgrade schema-verify or write 'contract: 1')");
        assertError("contract: one\n",
                "db/contract.yaml:1:11: 'contract' must be the format version 1, found 'one'");
    }

    @Test
    void topLevelMustBeAMap() {
        assertError("- contract: 1\n", "db/contract.yaml:1:1: expected a map for the contract, found a list");
    }

    @Test
    void unknownKeySuggestsTheClosest() {
        assertError(TABLE + "        colums:\n          id: uuid\n",
                "db/contract.yaml:6:9: unknown key 'colums' in table public.profiles; did you mean 'columns'?");
        assertError("contract: 1\nStrict: true\n",
                "db/contract.yaml:2:1: unknown key 'Strict' in the contract; did you mean 'strict'?");
    }

    @Test
    void unknownKeyFarFromAnyListsTheValidKeys() {
        assertError(TABLE + "        tablespace: fast\n", "db/contract.yaml:6:9: unknown key 'tablespace' in table"
                + " public.profiles; valid keys are rls, columns, primaryKey, unique, foreignKeys, checks, indexes,"
                + " policies, triggers, grants, partitionBy, partitionOf, partitionBound, inherits, unlogged, storage,"
                + " replicaIdentity, owner, comment");
    }

    @Test
    void unknownKeyInAColumn() {
        assertError(TABLE + "        columns:\n          id: {type: uuid, nulable: false}\n",
                "db/contract.yaml:7:28: unknown key 'nulable' in column id of table public.profiles;"
                        + " did you mean 'nullable'?");
    }

    @Test
    void listWhereAMapIsExpected() {
        assertError(TABLE + "        columns: [id, email]\n",
                "db/contract.yaml:6:18: expected a map for columns of table public.profiles, found a list");
    }

    @Test
    void textWhereABooleanIsExpected() {
        assertError(TABLE + "        columns:\n          id: {type: uuid, nullable: \"no\"}\n",
                "db/contract.yaml:7:38: 'nullable' in column id of table public.profiles must be true or false,"
                        + " found 'no'");
    }

    @Test
    void textWhereANumberIsExpected() {
        assertError("contract: 1\nschemas:\n  public:\n    sequences:\n      s: {start: ten}\n",
                "db/contract.yaml:5:18: 'start' in sequence public.s must be a whole number between"
                        + " -9223372036854775808 and 9223372036854775807, found 'ten'");
    }

    @Test
    void listWhereTextIsExpected() {
        // a check is an expression, or a map with its expression and validity
        assertError(TABLE + "        checks:\n          c: [x]\n",
                "db/contract.yaml:7:14: check constraint c of table public.profiles must be text, found a list");
    }

    @Test
    void invalidEnumValueListsTheValidValues() {
        assertError(TABLE + "        triggers:\n          t: {timing: SOMETIMES, function: f}\n",
                "db/contract.yaml:7:23: invalid value 'SOMETIMES' for 'timing' in trigger t of table"
                        + " public.profiles; valid values are BEFORE, AFTER, INSTEAD OF");
        assertError(TABLE + "        grants:\n          anon: [SELECT, READ]\n",
                "db/contract.yaml:7:26: invalid privilege 'READ' in grants of anon on table public.profiles;"
                        + " valid privileges are SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, MAINTAIN,"
                        + " a column privilege such as 'UPDATE (email)', each optionally followed by WITH GRANT OPTION");
    }

    @Test
    void duplicateKeysNameBothLines() {
        assertError(TABLE + "        columns:\n          id: uuid\n          email: text\n          id: bigint\n",
                "db/contract.yaml:9:11: duplicate key 'id' in columns of table public.profiles"
                        + " (first at line 7, again at line 9); remove one of them");
    }

    @Test
    void columnWithoutType() {
        assertError(TABLE + "        columns:\n          id: {nullable: false}\n",
                "db/contract.yaml:7:11: column id of table public.profiles needs a type;"
                        + " add 'type: ...' such as 'type: text'");
        assertError(TABLE + "        columns:\n          id:\n",
                "db/contract.yaml:7:11: column id of table public.profiles needs a type;"
                        + " write 'id: text' or 'id: {type: text, nullable: false}'");
    }

    @Test
    void foreignKeyWithoutReferences() {
        assertError(TABLE + "        foreignKeys:\n          fk: {columns: [org_id]}\n",
                "db/contract.yaml:7:11: foreign key fk of table public.profiles needs"
                        + " 'references: {table: ..., columns: [...]}' naming the referenced table");
        assertError(TABLE + "        foreignKeys:\n          fk: {references: {table: orgs}}\n",
                "db/contract.yaml:7:15: missing value for 'columns' in foreign key fk of table public.profiles;"
                        + " add 'columns: [...]'");
    }

    @Test
    void badQualifiedName() {
        assertError(TABLE + "        triggers:\n          t: {function: a.b.c}\n",
                "db/contract.yaml:7:25: 'function' in trigger t of table public.profiles must be name or"
                        + " schema.name (double-quote parts with dots or capitals: '\"My.Schema\".\"Table\"'),"
                        + " found 'a.b.c'");
    }

    @Test
    void functionKeyWithoutArguments() {
        assertError("contract: 1\nschemas:\n  public:\n    functions:\n      touch: {language: sql}\n",
                "db/contract.yaml:5:7: the function key 'touch' must be name(arguments), e.g. 'touch()'"
                        + " for no arguments or 'is_member(org uuid)'");
    }

    @Test
    void unreadableFile(@TempDir Path directory) {
        Path missing = directory.resolve("nope.yaml");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> new ContractReader().read(missing, "db/nope.yaml"));
        assertEquals(ErrorCode.CONTRACT, e.code());
        assertEquals("db/nope.yaml: contract file not found (" + missing.toAbsolutePath()
                + "); create it or point the contract setting at the right file", e.getMessage());

        SchemaVerifyException directoryError = assertThrows(SchemaVerifyException.class,
                () -> new ContractReader().read(directory, "db"));
        assertEquals("db: cannot read the contract (" + directory.toAbsolutePath() + "): "
                + directoryError.getCause().getMessage() + "; check that it is a readable file",
                directoryError.getMessage());
    }

    @Test
    void notUtf8(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("latin1.yaml");
        Files.write(file, new byte[] {'c', 'o', 'n', 't', 'r', 'a', 'c', 't', ':', ' ', '1', '\n', '#', (byte) 0xE9});
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> new ContractReader().read(file, "latin1.yaml"));
        assertEquals("latin1.yaml: the contract is not valid UTF-8; save it as UTF-8", e.getMessage());
    }

    private static void assertError(String yaml, String expected) {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> new ContractReader().read(yaml, FILE));
        assertEquals(ErrorCode.CONTRACT, e.code());
        assertEquals(expected, e.getMessage());
    }
}
