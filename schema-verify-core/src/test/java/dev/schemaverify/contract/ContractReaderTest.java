package dev.schemaverify.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractReaderTest {
    static final String FILE = "src/main/resources/schema-contract.yaml";

    static final String EXAMPLE = """
            # schema-verify contract: the schema this project expects.
            contract: 1
            strict: true
            extensions:
              pgcrypto: {}
              uuid-ossp: {schema: public, version: 1.1}
            schemas:
              public:
                owner: postgres
                enums:
                  member_role: [owner, admin, member]
                sequences:
                  invoice_number_seq: {type: bigint, start: 1000, increment: 1, min: 1, max: 9223372036854775807, cache: 1, cycle: false}
                tables:
                  profiles:
                    rls: {enabled: true, forced: false}
                    columns:
                      id: {type: uuid, nullable: false, default: gen_random_uuid()}
                      email: text
                      org_id: {type: uuid}
                      seq_no: {type: bigint, nullable: false, identity: by default}
                      full_name: {type: text, generated: "first_name || ' ' || last_name"}
                    primaryKey: {name: profiles_pkey, columns: [id]}
                    unique:
                      profiles_email_key: [email]
                    foreignKeys:
                      profiles_org_id_fkey: {columns: [org_id], references: {table: organizations, columns: [id]}, onDelete: CASCADE, onUpdate: NO ACTION, deferrable: false, initiallyDeferred: false}
                    checks:
                      profiles_email_check: "email <> ''::text"
                      profiles_exists_check: null
                    indexes:
                      profiles_org_idx: {columns: [org_id, lower(email)], unique: false, method: btree, include: [email], where: "deleted_at IS NULL"}
                    policies:
                      profiles_select_own: {command: select, permissive: true, roles: [authenticated, anon], using: "auth.uid() = id", withCheck: null}
                    triggers:
                      profiles_set_updated_at: {timing: BEFORE, events: [UPDATE, INSERT], level: ROW, function: set_updated_at}
                      audit: {function: '"Audit"."Log"'}
                    grants:
                      anon: [SELECT]
                      authenticated: [update, SELECT, INSERT]
                  organizations:
                    primaryKey: [id]
                views:
                  active_members: {definition: "SELECT 1"}
                materializedViews:
                  org_stats:
                functions:
                  "set_updated_at()":
                    returns: trigger
                    language: plpgsql
                    volatility: VOLATILE
                    securityDefiner: false
                    settings: [search_path=public]
                    body: |
                      BEGIN
                        NEW.updated_at := now();
                        RETURN NEW;
                      END;
                  is_member( org uuid ): {returns: boolean, language: sql, volatility: stable}
                procedures:
                  "archive(days integer)": {language: plpgsql, body: "BEGIN NULL; END"}
              Audit: {}
            """;

    private final ContractReader reader = new ContractReader();

    @Test
    void readsEveryKindOfObject() {
        Contract contract = reader.read(EXAMPLE, FILE);

        assertEquals(FILE, contract.file());
        assertTrue(contract.strict());
        assertEquals(List.of("public", "Audit"), contract.schemas());
        var snapshot = contract.expected();
        assertEquals(List.of(
                new Extension("pgcrypto", null, null, at(5, 3)),
                new Extension("uuid-ossp", "public", "1.1", at(6, 3))), snapshot.extensions());
        assertEquals(List.of(new Schema("public", "postgres", at(8, 3)), new Schema("Audit", null, at(62, 3))),
                snapshot.schemas());
        assertEquals(List.of(new EnumType(name("member_role"), List.of("owner", "admin", "member"), at(11, 7))),
                snapshot.enums());
        assertEquals(List.of(new Sequence(name("invoice_number_seq"), "bigint", 1000L, 1L, 1L, Long.MAX_VALUE, 1L,
                false, at(13, 7))), snapshot.sequences());
        assertTrue(snapshot.notVerified().isEmpty());

        Table profiles = snapshot.table(name("profiles"));
        assertEquals(at(15, 7), profiles.source());
        assertEquals(true, profiles.rlsEnabled());
        assertEquals(false, profiles.rlsForced());
        assertEquals(List.of(
                new Column("id", "uuid", false, "gen_random_uuid()", null, null, at(18, 11)),
                new Column("email", "text", null, null, null, null, at(19, 11)),
                new Column("org_id", "uuid", null, null, null, null, at(20, 11)),
                new Column("seq_no", "bigint", false, null, "BY DEFAULT", null, at(21, 11)),
                new Column("full_name", "text", null, null, null, "first_name || ' ' || last_name", at(22, 11))),
                profiles.columns());
        assertEquals(new PrimaryKey("profiles_pkey", List.of("id"), at(23, 9)), profiles.primaryKey());
        assertEquals(List.of(new UniqueConstraint("profiles_email_key", List.of("email"), at(25, 11))),
                profiles.uniqueConstraints());
        assertEquals(List.of(new ForeignKey("profiles_org_id_fkey", List.of("org_id"), name("organizations"),
                List.of("id"), "CASCADE", "NO ACTION", false, false, at(27, 11))), profiles.foreignKeys());
        assertEquals(List.of(
                new CheckConstraint("profiles_email_check", "email <> ''::text", at(29, 11)),
                new CheckConstraint("profiles_exists_check", null, at(30, 11))), profiles.checks());
        assertEquals(List.of(new Index("profiles_org_idx", false, "btree", List.of("org_id", "lower(email)"),
                List.of("email"), "deleted_at IS NULL", at(32, 11))), profiles.indexes());
        assertEquals(List.of(new Policy("profiles_select_own", true, "SELECT", List.of("anon", "authenticated"),
                "auth.uid() = id", null, at(34, 11))), profiles.policies());
        assertEquals(List.of(
                new Trigger("profiles_set_updated_at", "BEFORE", List.of("INSERT", "UPDATE"), "ROW",
                        "public.set_updated_at", null, at(36, 11)),
                new Trigger("audit", null, null, null, "\"Audit\".\"Log\"", null, at(37, 11))),
                profiles.triggers());
        assertEquals(List.of(
                new Grant("anon", List.of("SELECT"), at(39, 11), List.of()),
                new Grant("authenticated", List.of("INSERT", "SELECT", "UPDATE"), at(40, 11), List.of())), profiles.grants());

        Table organizations = snapshot.table(name("organizations"));
        assertEquals(new Table(name("organizations"), List.of(), new PrimaryKey(null, List.of("id"), at(42, 9)),
                null, null, null, null, null, null, null, null, null, at(41, 7)), organizations);

        assertEquals(List.of(
                new View(name("active_members"), false, "SELECT 1", at(44, 7)),
                new View(name("org_stats"), true, null, at(46, 7))), snapshot.views());
        assertEquals(List.of(
                new Routine(name("set_updated_at"), "", false, "trigger", "plpgsql", "VOLATILE", false,
                        List.of("search_path=public"),
                        "BEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n", at(48, 7)),
                new Routine(name("is_member"), "org uuid", false, "boolean", "sql", "STABLE", null, null, null,
                        at(59, 7)),
                new Routine(name("archive"), "days integer", true, null, "plpgsql", null, null, null,
                        "BEGIN NULL; END", at(61, 7))), snapshot.routines());
    }

    @Test
    void leavesUndeclaredPropertiesNull() {
        Contract contract = reader.read("""
                contract: 1
                schemas:
                  app:
                    tables:
                      t:
                """, "c.yaml");
        assertFalse(contract.strict());
        Table table = contract.expected().tables().get(0);
        assertEquals(new Table(new QualifiedName("app", "t"), null, null, null, null, null, null, null, null,
                null, null, null, new SourceRef("c.yaml", 5, 7)), table);
        assertTrue(table.parts().isEmpty());
    }

    @Test
    void keepsExactNamesWithCapitalsAndDots() {
        Contract contract = reader.read("""
                contract: 1
                schemas:
                  My.Schema:
                    tables:
                      Order.Lines:
                        columns:
                          "Line No": integer
                        foreignKeys:
                          fk: {columns: ["Line No"], references: {table: '"Other.Schema"."T"'}}
                """, "c.yaml");
        Table table = contract.expected().tables().get(0);
        assertEquals(new QualifiedName("My.Schema", "Order.Lines"), table.name());
        assertEquals("Line No", table.columns().get(0).name());
        assertEquals(new QualifiedName("Other.Schema", "T"), table.foreignKeys().get(0).referencedTable());
        assertNull(table.foreignKeys().get(0).referencedColumns());
    }

    @Test
    void readsAFile(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("contract.yaml");
        Files.writeString(file, "contract: 1\nextensions:\n  citext: {}\n");
        Contract contract = reader.read(file, "db/contract.yaml");
        assertEquals(List.of(new Extension("citext", null, null, new SourceRef("db/contract.yaml", 3, 3))),
                contract.expected().extensions());
    }

    @Test
    void readsTheExampleOfTheFormatDocumentation() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "contract-format.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```\n", start));
        Contract contract = reader.read(example, "docs/contract-format.md");
        assertEquals(List.of("public", "audit"), contract.schemas());
        assertEquals(2, contract.expected().tables().size());
        assertEquals(3, contract.expected().routines().size());
        ContractWriter writer = new ContractWriter();
        // Hand-written files are in any order; written back they are sorted, and stay the same from then on.
        String written = writer.write(contract.expected());
        assertEquals(written, writer.write(reader.read(written, "x").expected()));
    }

    private static QualifiedName name(String name) {
        return new QualifiedName("public", name);
    }

    private static SourceRef at(int line, int column) {
        return new SourceRef(FILE, line, column);
    }
}
