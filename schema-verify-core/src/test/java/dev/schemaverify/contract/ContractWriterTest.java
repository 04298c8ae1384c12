package dev.schemaverify.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContractWriterTest {
    private static final String PLPGSQL = "\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n";

    private final ContractWriter writer = new ContractWriter();
    private final ContractReader reader = new ContractReader();

    /** A snapshot as inspection produces it: every property set, lists sorted, names of every shape. */
    static Snapshot rich() {
        QualifiedName profiles = new QualifiedName("public", "profiles");
        Table profilesTable = new Table(profiles,
                List.of(
                        new Column("id", "uuid", false, "gen_random_uuid()", null, null, null),
                        new Column("email", "text", true, null, null, null, null),
                        new Column("org_id", "uuid", false, null, null, null, null),
                        new Column("seq_no", "bigint", false, null, "ALWAYS", null, null),
                        new Column("full_name", "text", true, null, null, "(first_name || ' '::text) || last_name",
                                null),
                        new Column("Mixed Case", "character varying(20)", true, "'a: b # c'::character varying",
                                null, null, null),
                        new Column("price", "numeric(10,2)", false, "0.00", null, null, null),
                        new Column("tags", "text[]", false, "'{}'::text[]", null, null, null),
                        new Column("flag", "boolean", true, "true", "BY DEFAULT", null, null),
                        new Column("true", "integer", true, "NULL::integer", null, null, null)),
                new PrimaryKey("profiles_pkey", List.of("id"), null),
                List.of(new UniqueConstraint("profiles_email_key", List.of("email", "Mixed Case"), null)),
                List.of(
                        new ForeignKey("fk_other_schema", List.of("org_id"), new QualifiedName("My.Schema", "Orgs"),
                                List.of("ID"), "SET NULL", "RESTRICT", true, true, null),
                        new ForeignKey("profiles_org_id_fkey", List.of("org_id"),
                                new QualifiedName("public", "organizations"), List.of("id"), "CASCADE", "NO ACTION",
                                false, false, null),
                        new ForeignKey("to_reserved", List.of("org_id"), new QualifiedName("public", "user"),
                                List.of("id"), "NO ACTION", "NO ACTION", false, false, null)),
                List.of(
                        new CheckConstraint("profiles_email_check", "email <> ''::text", null),
                        new CheckConstraint("weird", "\"Mixed Case\"::text ~ '^[a-z]+: #x'::text", null)),
                List.of(
                        new Index("profiles_lower_email", true, "btree", List.of("lower(email)", "org_id"), List.of(),
                                null, null),
                        new Index("profiles_org_idx", false, "btree", List.of("org_id"), List.of("email"),
                                "(deleted_at IS NULL)", null),
                        new Index("profiles_tags_gin", false, "gin", List.of("tags"), List.of(),
                                "((flag = true) AND (email ~~ '%@x.com'::text))", null)),
                true, false,
                List.of(
                        new Policy("profiles_insert", false, "INSERT", List.of("authenticated"), null,
                                "(auth.uid() = id)", null),
                        new Policy("profiles_select_own", true, "SELECT", List.of("anon", "authenticated"),
                                "(auth.uid() = id)", null, null)),
                List.of(
                        new Trigger("audit", "AFTER", List.of("INSERT", "UPDATE", "DELETE"), "STATEMENT",
                                "\"Audit\".\"Log\"", null, null),
                        new Trigger("profiles_set_updated_at", "BEFORE", List.of("UPDATE"), "ROW",
                                "public.set_updated_at", "(old.* IS DISTINCT FROM new.*)", null)),
                List.of(new Grant("PUBLIC", List.of("SELECT"), null),
                        new Grant("anon", List.of("SELECT"), null),
                        new Grant("authenticated", List.of("SELECT", "INSERT", "UPDATE", "DELETE"), null)),
                null);
        Table organizations = new Table(new QualifiedName("public", "organizations"),
                List.of(new Column("id", "uuid", false, null, null, null, null)),
                new PrimaryKey("organizations_pkey", List.of("id"), null),
                null, null, null, null, false, false, null, null, null, null);
        Table orgs = new Table(new QualifiedName("My.Schema", "Orgs"),
                List.of(new Column("ID", "integer", false, null, null, null, null)),
                new PrimaryKey("Orgs_pkey", List.of("ID"), null),
                null, null, null, null, false, false, null, null, null, null);

        List<Routine> routines = List.of(
                routine("My.Schema", "Über", "", "text", "sql", "IMMUTABLE", List.of(), "SELECT 'ünïcødé ✓ 🐘'"),
                routine("public", "archive", "days integer", null, "plpgsql", "VOLATILE", List.of(),
                        "\nBEGIN\n  DELETE FROM t WHERE age > days;\nEND\n"),
                routine("public", "is_member", "org uuid", "boolean", "sql", "STABLE",
                        List.of("search_path=public, pg_temp"), "select true"),
                routine("public", "is_member", "org uuid, role text", "boolean", "sql", "STABLE", List.of(),
                        "  SELECT true  "),
                routine("public", "kept_newlines", "", "void", "plpgsql", "VOLATILE", List.of(),
                        "BEGIN\n  NULL;\nEND;\n\n\n"),
                routine("public", "leading_spaces", "", "void", "sql", "VOLATILE", List.of(),
                        "    SELECT 1;\n  -- comment: # not a YAML comment\n"),
                routine("public", "set_updated_at", "", "trigger", "plpgsql", "VOLATILE",
                        List.of("search_path=public"), PLPGSQL),
                routine("public", "tricky", "x text", "text", "plpgsql", "VOLATILE", List.of(),
                        "BEGIN\n   \n  RETURN x;\r\nEND;\t"),
                routine("public", "trailing_spaces", "", "text", "sql", "VOLATILE", List.of(),
                        "SELECT 'a'  \nUNION ALL SELECT 'b'   "));
        return new Snapshot(
                List.of(new Extension("pgcrypto", "public", "1.3", null),
                        new Extension("uuid-ossp", "extensions", "1.1", null)),
                List.of(new Schema("My.Schema", "Owner Role", null), new Schema("public", "postgres", null)),
                List.of(new EnumType(new QualifiedName("public", "member_role"),
                        List.of("owner", "admin", "yes", "null", "with space", "a,b", "Ünï"), null)),
                List.of(new Sequence(new QualifiedName("public", "invoice_number_seq"), "bigint", 1000L, 1L, 1L,
                        Long.MAX_VALUE, 1L, false, null),
                        new Sequence(new QualifiedName("public", "neg"), "integer", -1L, -1L, -2147483648L, -1L, 20L,
                                true, null)),
                List.of(orgs, organizations, profilesTable),
                List.of(new View(new QualifiedName("public", "active_members"), false,
                                " SELECT p.id,\n    p.email\n   FROM profiles p\n  WHERE (p.email IS NOT NULL);", null),
                        new View(new QualifiedName("public", "one_line"), false, "SELECT 1 AS one", null),
                        new View(new QualifiedName("public", "org_stats"), true,
                                " SELECT count(*) AS n\n   FROM organizations;", null)),
                routines,
                List.of(new NotVerified("domain", "public.email_address")));
    }

    private static Routine routine(String schema, String name, String arguments, String returns, String language,
            String volatility, List<String> settings, String body) {
        return new Routine(new QualifiedName(schema, name), arguments, returns == null, returns, language,
                volatility, returns == null ? false : name.equals("is_member"), settings, body, null);
    }

    @Test
    void roundTripLosesNothing() {
        Snapshot snapshot = rich();
        String yaml = writer.write(snapshot);
        Snapshot read = Snapshots.withoutSources(reader.read(yaml, "out.yaml").expected());
        // Objects the model does not cover are written as comments only, so they do not come back.
        assertEquals(ordered(snapshot), read, yaml);
    }

    /**
     * A contract as large as the one inspect writes for thousands of tables (over SnakeYAML's default
     * limit of 3,145,728 code points) reads back whole.
     */
    @Test
    void aContractOverThreeMegabytesReadsBack() {
        int perCopy = writer.write(snapshotOf(rich().tables())).length();
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i <= 3_145_728 / perCopy * 5 / 4; i++) {
            for (Table t : rich().tables()) {
                tables.add(new Table(new QualifiedName(t.name().schema(), t.name().name() + "_" + i), t.columns(),
                        t.primaryKey(), t.uniqueConstraints(), t.foreignKeys(), t.checks(), t.indexes(),
                        t.rlsEnabled(), t.rlsForced(), t.policies(), t.triggers(), t.grants(), null));
            }
        }
        String yaml = writer.write(snapshotOf(tables));
        Snapshot big = snapshotOf(tables);
        assertTrue(yaml.codePointCount(0, yaml.length()) > 3_145_728, "only " + yaml.length() + " characters");

        Snapshot read = Snapshots.withoutSources(reader.read(yaml, "big.yaml").expected());
        // A document marker in front is outside what the fast composer takes: SnakeYAML reads this one.
        Snapshot readBySnakeYaml = Snapshots.withoutSources(reader.read("---\n" + yaml, "big.yaml").expected());

        assertEquals(writer.write(big), writer.write(read));
        assertEquals(writer.write(big), writer.write(readBySnakeYaml));
        assertEquals(tables.size(), read.tables().size());
    }

    /**
     * Written to a sink, a contract arrives in whole lines, in more than one piece once it is large, and is
     * the text {@link ContractWriter#write(Snapshot, boolean, boolean, boolean)} returns.
     */
    @Test
    void aLargeContractIsHandedOnInWholeLinesAsItIsMade() throws java.io.IOException {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            for (Table t : rich().tables()) {
                tables.add(new Table(new QualifiedName(t.name().schema(), t.name().name() + "_" + i), t.columns(),
                        t.primaryKey(), t.uniqueConstraints(), t.foreignKeys(), t.checks(), t.indexes(),
                        t.rlsEnabled(), t.rlsForced(), t.policies(), t.triggers(), t.grants(), null)
                        .withOwnerAndComment("app_owner", "table " + i));
            }
        }
        Snapshot rich = rich();
        Snapshot big = new Snapshot(rich.extensions(), rich.schemas(), rich.enums(), rich.sequences(), tables,
                rich.views(), rich.routines(), rich.notVerified());
        for (boolean ownersAndComments : new boolean[] {false, true}) {
            List<String> pieces = new ArrayList<>();
            Appendable sink = new Appendable() {
                @Override
                public Appendable append(CharSequence text) {
                    pieces.add(text.toString());
                    return this;
                }

                @Override
                public Appendable append(CharSequence text, int start, int end) {
                    return append(text.subSequence(start, end));
                }

                @Override
                public Appendable append(char c) {
                    return append(String.valueOf(c));
                }
            };
            new ContractWriter().write(big, true, ownersAndComments, ownersAndComments, sink);
            String whole = new ContractWriter().write(big, true, ownersAndComments, ownersAndComments);
            assertTrue(whole.length() > 3 * 32_768, "only " + whole.length() + " characters");
            assertEquals(whole, String.join("", pieces));
            assertTrue(pieces.size() >= 3, pieces.size() + " pieces");
            for (String piece : pieces) {
                assertTrue(piece.endsWith("\n"), "a piece ends inside a line: ..." + piece.substring(piece.length() - 20));
                assertTrue(piece.length() < 2 * 32_768, "a piece of " + piece.length() + " characters");
            }
            assertEquals(big.tables().size(), reader.read(whole, "big.yaml").expected().tables().size());
            // the tables' parts, made as they are written, follow the settings of that call
            assertEquals(ownersAndComments, whole.contains("comment: table 59"));
            assertEquals(ownersAndComments, whole.contains("owner: app_owner"));
        }
    }

    /** A sink that fails part way (a full disk) fails the write with its own exception, not a wrapped one. */
    @Test
    void aSinkThatFailsPartWayFailsTheWriteWithItsException() {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            for (Table t : rich().tables()) {
                tables.add(new Table(new QualifiedName(t.name().schema(), t.name().name() + "_" + i), t.columns(),
                        t.primaryKey(), t.uniqueConstraints(), t.foreignKeys(), t.checks(), t.indexes(),
                        t.rlsEnabled(), t.rlsForced(), t.policies(), t.triggers(), t.grants(), null));
            }
        }
        Snapshot big = snapshotOf(tables);
        int[] pieces = {0};
        Appendable full = new Appendable() {
            @Override
            public Appendable append(CharSequence text) throws java.io.IOException {
                if (++pieces[0] == 2) {
                    throw new java.io.IOException("No space left on device");
                }
                return this;
            }

            @Override
            public Appendable append(CharSequence text, int start, int end) throws java.io.IOException {
                return append(text.subSequence(start, end));
            }

            @Override
            public Appendable append(char c) throws java.io.IOException {
                return append(String.valueOf(c));
            }
        };
        java.io.IOException failed = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new ContractWriter().write(big, true, false, false, full));
        assertEquals("No space left on device", failed.getMessage());
        assertEquals(2, pieces[0], "the write stops at the failing piece");
    }

    private static Snapshot snapshotOf(List<Table> tables) {
        List<Schema> schemas = tables.stream().map(t -> t.name().schema()).distinct().sorted()
                .map(name -> new Schema(name, null, null)).toList();
        return new Snapshot(List.of(), schemas, List.of(), List.of(), tables, List.of(), List.of(), List.of());
    }

    /** The line scan verify starts its inspection from finds exactly the schemas the reader reads, or gives up. */
    @Test
    void theSchemaNamesScannedFromTheWritersOutputAreTheOnesItDeclares(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        Snapshot snapshot = rich();
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("c.yaml"), writer.write(snapshot, true));
        List<String> declared = reader.read(file, "c.yaml").schemas();
        assertTrue(declared.size() >= 2, declared.toString());
        assertEquals(declared, ContractReader.schemaNamesAsWritten(file));

        List<Schema> quotedToo = new ArrayList<>(snapshot.schemas());
        quotedToo.add(new Schema("Billing Dept", null, null, null, null, null));
        Snapshot withQuoted = new Snapshot(snapshot.extensions(), quotedToo, snapshot.enums(), snapshot.sequences(),
                snapshot.tables(), snapshot.views(), snapshot.routines(), snapshot.notVerified());
        java.nio.file.Path quoted = java.nio.file.Files.writeString(dir.resolve("q.yaml"), writer.write(withQuoted, true));
        assertTrue(reader.read(quoted, "q.yaml").schemas().contains("Billing Dept"));
        assertEquals(null, ContractReader.schemaNamesAsWritten(quoted), "a quoted name is left to the reader");
        assertEquals(null, ContractReader.schemaNamesAsWritten(dir.resolve("absent.yaml")));
    }

    @Test
    void writingIsDeterministic() {
        Snapshot snapshot = rich();
        String first = writer.write(snapshot);
        Snapshot shuffled = shuffled(snapshot);
        assertEquals(first, writer.write(shuffled));
        String withoutNotVerified = first.replace("# not verified by schema-verify: domain public.email_address\n", "");
        assertEquals(withoutNotVerified, writer.write(reader.read(first, "again.yaml").expected()));
    }

    /** What inspect writes: strict, so a migration that adds a table or a column is drift. */
    @Test
    void aStrictContractSaysSoAndReadsBackStrict() {
        String yaml = writer.write(rich(), true);
        assertContains(yaml, "# strict: true also reports what the database has and this file does not declare;"
                + " remove it for a partial contract.\n");
        assertContains(yaml, "\ncontract: 1\nstrict: true\nextensions:\n");
        assertTrue(reader.read(yaml, "strict.yaml").strict());
        assertTrue(!reader.read(writer.write(rich()), "partial.yaml").strict());
    }

    @Test
    void writesReadableYaml() {
        String yaml = writer.write(rich());
        assertTrue(yaml.startsWith("# schema-verify contract: the schema this project expects.\n"), yaml);
        assertContains(yaml, "\ncontract: 1\nextensions:\n  pgcrypto: {schema: public, version: \"1.3\"}\n");
        assertContains(yaml, "\n        columns:\n"
                + "          id: {type: uuid, nullable: false, default: gen_random_uuid()}\n"
                + "          email: {type: text, nullable: true}\n");
        assertContains(yaml, "          Mixed Case: {type: character varying(20), nullable: true,"
                + " default: \"'a: b # c'::character varying\"}\n");
        assertContains(yaml, "          price: {type: \"numeric(10,2)\", nullable: false, default: \"0.00\"}\n");
        assertContains(yaml, "          \"true\": {type: integer, nullable: true, default: NULL::integer}\n");
        assertContains(yaml, "        primaryKey: {name: profiles_pkey, columns: [id]}\n");
        assertContains(yaml, "          profiles_org_id_fkey:\n            columns: [org_id]\n"
                + "            references: {table: organizations, columns: [id]}\n            onDelete: CASCADE\n"
                + "            onUpdate: NO ACTION\n            deferrable: false\n            initiallyDeferred: false\n");
        assertContains(yaml, "references: {table: '\"My.Schema\".\"Orgs\"', columns: [ID]}");
        assertContains(yaml, "references: {table: '\"user\"', columns: [id]}");
        assertContains(yaml, "          profiles_email_check: email <> ''::text\n");
        assertContains(yaml, "        grants:\n          PUBLIC: [SELECT]\n          anon: [SELECT]\n"
                + "          authenticated: [DELETE, INSERT, SELECT, UPDATE]\n");
        assertContains(yaml, "      set_updated_at():\n        returns: trigger\n        language: plpgsql\n"
                + "        volatility: VOLATILE\n        securityDefiner: false\n"
                + "        settings: [search_path=public]\n"
                + "        body: |\n\n          BEGIN\n            NEW.updated_at := now();\n            RETURN NEW;\n"
                + "          END;\n");
        assertContains(yaml, "      active_members:\n        definition: |2-\n           SELECT p.id,\n");
        assertContains(yaml, "      one_line: {definition: SELECT 1 AS one}\n");
        assertContains(yaml, "        body: |+\n          BEGIN\n            NULL;\n          END;\n\n\n");
        assertContains(yaml, "        body: \"BEGIN\\n   \\n  RETURN x;\\r\\nEND;\\t\"\n");
        assertContains(yaml, "        body: \"SELECT 'a'  \\nUNION ALL SELECT 'b'   \"\n");
        assertContains(yaml, "        body: |2\n              SELECT 1;\n            -- comment: # not a YAML comment\n");
        assertContains(yaml, "      member_role: [owner, admin, \"yes\", \"null\", with space, \"a,b\", Ünï]\n");
        assertContains(yaml, "# not verified by schema-verify: domain public.email_address\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a\nb", "a\nb\n", "a\nb\n\n", "\n\nleading empty lines\n", "  indented first\nline", "\tx\ny",
        "trailing spaces  \nand more  ", "line\n  \nblank-ish", "only\n", "\n", "\n\n", "", " ", "x\r\ny",
        "quote \" and ' and \\", "# hash", "key: value", "- dash", "[x]", "{y}", "@at", "`tick`", "%pct",
        "~", "null", "Yes", "1e3", "0x1F", "2024-01-01", "=", "<<", "a #b", "end:", "ü\u2028x", "\uFEFFbom",
        "tab\there", "…", "\u0085next", "🐘\n🐘"})
    void anyTextRoundTrips(String text) {
        Snapshot snapshot = new Snapshot(null, List.of(new Schema("s", null, null)), null, null, null,
                List.of(new View(new QualifiedName("s", "v"), false, text, null)), null, null);
        String yaml = writer.write(snapshot);
        View read = reader.read(yaml, "t.yaml").expected().views().get(0);
        assertEquals(text, read.definition(), yaml);
    }

    private static Snapshot ordered(Snapshot snapshot) {
        // The writer groups by schema and sorts by name; the rich snapshot is already in that order
        // except for routines, which the reader returns in file order.
        List<Routine> routines = new ArrayList<>(snapshot.routines());
        routines.sort((a, b) -> {
            int c = a.name().schema().compareTo(b.name().schema());
            if (c == 0) {
                c = Boolean.compare(Boolean.TRUE.equals(a.procedure()), Boolean.TRUE.equals(b.procedure()));
            }
            if (c == 0) {
                c = a.name().name().compareTo(b.name().name());
            }
            return c != 0 ? c : a.arguments().compareTo(b.arguments());
        });
        return new Snapshot(snapshot.extensions(), snapshot.schemas(), snapshot.enums(), snapshot.sequences(),
                snapshot.tables(), snapshot.views(), routines, List.of());
    }

    private static Snapshot shuffled(Snapshot s) {
        return new Snapshot(reversed(s.extensions()), reversed(s.schemas()), reversed(s.enums()),
                reversed(s.sequences()), reversed(s.tables()), reversed(s.views()), reversed(s.routines()),
                reversed(s.notVerified()));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static void assertContains(String yaml, String expected) {
        assertTrue(yaml.contains(expected), () -> "expected to contain:\n" + expected + "\nin:\n" + yaml);
    }
}
