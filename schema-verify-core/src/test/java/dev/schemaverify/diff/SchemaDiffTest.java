package dev.schemaverify.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.View;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {
    private static final QualifiedName PROFILES = new QualifiedName("public", "profiles");
    private static final SourceRef AT = new SourceRef("contract.yaml", 7, 9);

    private static Column column(String name, String type, Boolean nullable, String defaultValue) {
        return new Column(name, type, nullable, defaultValue, null, null, AT);
    }

    private static Table table(QualifiedName name, List<Column> columns, Boolean rls, List<Policy> policies,
            List<Index> indexes) {
        return new Table(name, columns, new PrimaryKey("profiles_pkey", List.of("id"), AT), null, null, null,
                indexes, rls, null, policies, null, null, AT);
    }

    private static Snapshot tables(Table... tables) {
        return new Snapshot(null, List.of(new Schema("public", null, null)), null, null, List.of(tables), null,
                null, null);
    }

    private static String render(List<Finding> findings) {
        return findings.stream()
                .map(f -> (f.source() == null ? "" : f.source() + ": ") + f.severity().label() + " [" + f.code() + "] "
                        + f.message())
                .collect(Collectors.joining("\n"));
    }

    private final Policy ownRows = new Policy("own_rows", true, "SELECT", List.of("authenticated"),
            "(auth.uid() = id)", null, AT);
    private final Table actualProfiles = table(PROFILES,
            List.of(column("id", "uuid", false, "gen_random_uuid()"), column("email", "text", false, null),
                    column("nickname", "text", true, null)),
            true, List.of(ownRows), List.of(new Index("profiles_email_idx", false, "btree", List.of("lower(email)"),
                    List.of(), null, null)));

    @Test
    void identicalSnapshotsHaveNoFindings() {
        assertEquals(List.of(), SchemaDiff.diff(tables(actualProfiles), tables(actualProfiles), new DiffOptions(true)));
    }

    @Test
    void reportsMissingColumnChangedTypeAndDisabledRls() {
        Table expected = table(PROFILES,
                List.of(column("id", "uuid", false, null), column("email", "character varying(20)", null, null),
                        column("avatar_url", "text", null, null)),
                true, List.of(), List.of());
        Table actual = table(PROFILES, actualProfiles.columns(), false, List.of(), List.of());

        assertEquals("""
                contract.yaml:7:9: error [changed-table] table public.profiles: rls.enabled expected 'true', found 'false'
                contract.yaml:7:9: error [missing-column] column public.profiles.avatar_url is missing
                contract.yaml:7:9: error [changed-column] column public.profiles.email: type expected 'character varying(20)', found 'text'""",
                render(SchemaDiff.diff(tables(expected), tables(actual), DiffOptions.partial())));
    }

    @Test
    void undeclaredPropertiesAreNotCheckedInPartialMode() {
        Table expected = table(PROFILES, List.of(column("email", "text", null, null)), null, List.of(), List.of());
        assertEquals(List.of(), SchemaDiff.diff(tables(expected), tables(actualProfiles), DiffOptions.partial()));
    }

    @Test
    void strictModeReportsWhatTheContractDoesNotDeclare() {
        Table expected = table(PROFILES,
                List.of(column("id", "uuid", false, null), column("email", "text", false, null)),
                true, List.of(ownRows), List.of());
        Table extra = table(new QualifiedName("public", "audit"), List.of(), null, List.of(), List.of());
        Table otherSchema = table(new QualifiedName("reporting", "totals"), List.of(), null, List.of(), List.of());

        assertEquals("""
                error [unexpected-table] table public.audit is not in the contract
                contract.yaml:7:9: error [changed-column] column public.profiles.id: default expected (none), found 'gen_random_uuid()'
                contract.yaml:7:9: error [unexpected-column] column public.profiles.nickname is not in the contract
                contract.yaml:7:9: error [unexpected-index] index public.profiles.profiles_email_idx is not in the contract""",
                render(SchemaDiff.diff(tables(expected), tables(actualProfiles, extra, otherSchema),
                        new DiffOptions(true))));
    }

    @Test
    void aMissingTableIsOneFindingNotOnePerColumn() {
        Table expected = table(new QualifiedName("public", "api_keys"),
                List.of(column("id", "uuid", false, null), column("key_hash", "text", false, null)), true, List.of(),
                List.of());
        assertEquals("contract.yaml:7:9: error [missing-table] table public.api_keys is missing",
                render(SchemaDiff.diff(tables(expected), tables(actualProfiles), DiffOptions.partial())));
    }

    @Test
    void comparesPoliciesIndexesTriggersAndGrants() {
        Policy widened = new Policy("own_rows", true, "SELECT", List.of("anon", "authenticated"), "true", null, AT);
        Index partial = new Index("profiles_email_idx", true, "btree", List.of("lower(email)"), List.of(),
                "(nickname IS NOT NULL)", AT);
        Trigger trigger = new Trigger("touch", "BEFORE", List.of("UPDATE"), "ROW", "public.set_updated_at", null, AT);
        Grant grant = new Grant("anon", List.of("SELECT"), AT);
        Table expected = new Table(PROFILES, List.of(), null, null, null, null, List.of(partial), null, null,
                List.of(widened), List.of(trigger), List.of(grant), AT);

        assertEquals("""
                contract.yaml:7:9: error [missing-grant] grant public.profiles.anon is missing
                contract.yaml:7:9: error [changed-policy] policy public.profiles.own_rows: roles expected '[anon, authenticated]', found '[authenticated]'
                contract.yaml:7:9: error [changed-policy] policy public.profiles.own_rows: using expected 'true', found '(auth.uid() = id)'
                contract.yaml:7:9: error [changed-index] index public.profiles.profiles_email_idx: unique expected 'true', found 'false'
                contract.yaml:7:9: error [changed-index] index public.profiles.profiles_email_idx: where expected '(nickname IS NOT NULL)', found (none)
                contract.yaml:7:9: error [missing-trigger] trigger public.profiles.touch is missing""",
                render(SchemaDiff.diff(tables(expected), tables(actualProfiles), DiffOptions.partial())));
    }

    @Test
    void routineBodiesIgnoreSurroundingWhiteSpaceOnly() {
        QualifiedName touch = new QualifiedName("public", "set_updated_at");
        Routine actual = new Routine(touch, "", false, "trigger", "plpgsql", "VOLATILE", false, List.of(),
                "\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n", null);
        Routine sameButTrimmed = new Routine(touch, "", false, "trigger", "plpgsql", null, null, null,
                "BEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;", AT);
        Routine changed = new Routine(touch, "", false, "trigger", "plpgsql", null, true, null,
                "BEGIN\n  RETURN NEW;\nEND;", AT);
        Snapshot actualSnapshot = new Snapshot(null, null, null, null, null, null, List.of(actual), null);

        assertEquals(List.of(), SchemaDiff.diff(new Snapshot(null, null, null, null, null, null,
                List.of(sameButTrimmed), null), actualSnapshot, DiffOptions.partial()));
        assertEquals("""
                contract.yaml:7:9: error [changed-function] function public.set_updated_at(): body differs at line 2: expected 'RETURN NEW;', found 'NEW.updated_at := now();'
                contract.yaml:7:9: error [changed-function] function public.set_updated_at(): securityDefiner expected 'true', found 'false'""",
                render(SchemaDiff.diff(new Snapshot(null, null, null, null, null, null, List.of(changed), null),
                        actualSnapshot, DiffOptions.partial())));
    }

    @Test
    void overloadsAreDistinctAndViewsKnowWhetherTheyAreMaterialized() {
        QualifiedName isMember = new QualifiedName("public", "is_member");
        Routine oneArg = new Routine(isMember, "org uuid", false, "boolean", "sql", null, null, null, null, AT);
        Routine twoArgs = new Routine(isMember, "org uuid, member uuid", false, "boolean", "sql", null, null, null,
                null, AT);
        View stats = new View(new QualifiedName("public", "stats"), true, " SELECT 1;", AT);
        View plainStats = new View(new QualifiedName("public", "stats"), false, " SELECT 1;", null);
        Snapshot expected = new Snapshot(null, null, null, null, null, List.of(stats), List.of(oneArg, twoArgs), null);
        Snapshot actual = new Snapshot(null, null, null, null, null, List.of(plainStats), List.of(oneArg), null);

        assertEquals("""
                contract.yaml:7:9: error [missing-function] function public.is_member(org uuid, member uuid) is missing
                contract.yaml:7:9: error [changed-view] view public.stats: materialized expected 'true', found 'false'""",
                render(SchemaDiff.diff(expected, actual, DiffOptions.partial())));
    }

    @Test
    void extensionVersionIsAWarningAndEnumLabelsKeepTheirOrder() {
        Snapshot expected = new Snapshot(List.of(new Extension("pgcrypto", "public", "1.3", AT)), null,
                List.of(new EnumType(new QualifiedName("public", "role"), List.of("owner", "admin", "member"), AT)),
                null, null, null, null, null);
        Snapshot actual = new Snapshot(List.of(new Extension("pgcrypto", "public", "1.2", null)), null,
                List.of(new EnumType(new QualifiedName("public", "role"), List.of("owner", "member", "admin"), null)),
                null, null, null, null, null);

        assertEquals("""
                contract.yaml:7:9: warning [changed-extension] extension pgcrypto: version expected '1.3', found '1.2'
                contract.yaml:7:9: error [changed-enum] enum public.role: labels expected '[owner, admin, member]', found '[owner, member, admin]'""",
                render(SchemaDiff.diff(expected, actual, DiffOptions.partial())));
    }
}
