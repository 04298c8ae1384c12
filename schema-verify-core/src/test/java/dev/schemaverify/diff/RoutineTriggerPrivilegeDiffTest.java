package dev.schemaverify.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.model.Column;
import dev.schemaverify.model.DefaultPrivilege;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Findings, as reports render them, for routine attributes, trigger properties and privileges. */
class RoutineTriggerPrivilegeDiffTest {
    private static final SourceRef AT = new SourceRef("contract.yaml", 12, 7);
    private static final QualifiedName IS_MEMBER = new QualifiedName("public", "is_member");

    private static String render(List<Finding> findings) {
        return findings.stream().map(f -> (f.source() == null ? "" : f.source() + ": ") + f.severity().label() + " ["
                + f.code() + "] " + f.message()).collect(Collectors.joining("\n"));
    }

    private static Routine routine(SourceRef source, String argumentList, Boolean strict, Boolean leakproof,
            String parallel, String cost, String rows, List<Grant> grants) {
        return new Routine(IS_MEMBER, "org integer", false, "boolean", "sql", "STABLE", true, List.of(), " SELECT true ",
                source, argumentList, strict, leakproof, parallel, cost, rows, grants, null);
    }

    private static Snapshot routines(Routine routine) {
        return new Snapshot(null, null, null, null, null, null, List.of(routine), null);
    }

    private static Grant grant(String grantee, List<String> privileges, List<String> grantable) {
        return new Grant(grantee, privileges, AT, grantable);
    }

    @Test
    void routineAttributesAreComparedWhereDeclared() {
        Routine declared = routine(AT, "org integer DEFAULT 0", true, true, "SAFE", "10", null, null);
        Routine database = routine(null, "org integer", false, false, "UNSAFE", "100", null,
                List.of(grant("PUBLIC", List.of("EXECUTE"), List.of())));
        assertEquals("""
                contract.yaml:12:7: error [changed-function] function public.is_member(org integer): arguments expected 'org integer DEFAULT 0', found 'org integer'
                contract.yaml:12:7: error [changed-function] function public.is_member(org integer): cost expected '10', found '100'
                contract.yaml:12:7: error [changed-function] function public.is_member(org integer): leakproof expected 'true', found 'false'
                contract.yaml:12:7: error [changed-function] function public.is_member(org integer): parallel expected 'SAFE', found 'UNSAFE'
                contract.yaml:12:7: error [changed-function] function public.is_member(org integer): strict expected 'true', found 'false'""",
                render(SchemaDiff.diff(routines(declared), routines(database), DiffOptions.partial())));
        Routine silent = routine(AT, null, null, null, null, null, null, null);
        assertEquals("", render(SchemaDiff.diff(routines(silent), routines(database), DiffOptions.partial())));
    }

    @Test
    void declaredExecuteGrantsAreTheWholeListSoPublicsDefaultIsReportedEvenInPartialMode() {
        Routine declared = routine(AT, null, null, null, null, null, null,
                List.of(grant("authenticated", List.of("EXECUTE"), null)));
        Routine database = routine(null, "org integer", false, false, "UNSAFE", "100", null,
                List.of(new Grant("PUBLIC", List.of("EXECUTE"), null, List.of())));
        assertEquals("""
                contract.yaml:12:7: error [unexpected-grant] grant public.is_member(org integer)."PUBLIC" is not in the contract
                contract.yaml:12:7: error [missing-grant] grant public.is_member(org integer).authenticated is missing""",
                render(SchemaDiff.diff(routines(declared), routines(database), DiffOptions.partial())));
    }

    @Test
    void grantOptionsAndColumnPrivilegesAreCompared() {
        Sequence declared = new Sequence(new QualifiedName("public", "ids"), null, null, null, null, null, null, null, AT,
                List.of(grant("writer", List.of("USAGE"), List.of("USAGE"))));
        Sequence database = new Sequence(declared.name(), "bigint", 1L, 1L, 1L, Long.MAX_VALUE, 1L, false, null,
                List.of(new Grant("writer", List.of("SELECT", "USAGE"), null, List.of())));
        assertEquals("""
                contract.yaml:12:7: error [changed-grant] grant public.ids.writer: privileges expected '[USAGE]', found '[SELECT, USAGE]'
                contract.yaml:12:7: error [changed-grant] grant public.ids.writer: withGrantOption expected '[USAGE]', found '[]'""",
                render(SchemaDiff.diff(new Snapshot(null, null, null, List.of(declared), null, null, null, null),
                        new Snapshot(null, null, null, List.of(database), null, null, null, null), DiffOptions.partial())));
        Table want = new Table(new QualifiedName("public", "profiles"), List.of(), null, null, null, null, null, null, null,
                null, null, List.of(grant("reader", List.of("SELECT (email)", "SELECT (id)"), List.of())), AT);
        Table have = new Table(want.name(), List.of(new Column("id", "integer", false, null, null, null, null)), null, null,
                null, null, null, false, false, null, null,
                List.of(new Grant("reader", List.of("SELECT (id)"), null, List.of("SELECT (id)"))), null);
        assertEquals("""
                contract.yaml:12:7: error [changed-grant] grant public.profiles.reader: privileges expected '[SELECT (email), SELECT (id)]', found '[SELECT (id)]'
                contract.yaml:12:7: error [changed-grant] grant public.profiles.reader: withGrantOption expected '[]', found '[SELECT (id)]'""",
                render(SchemaDiff.diff(new Snapshot(null, null, null, null, List.of(want), null, null, null),
                        new Snapshot(null, null, null, null, List.of(have), null, null, null), DiffOptions.partial())));
    }

    @Test
    void defaultPrivilegesAndSchemaGrantsAreCompared() {
        Schema declared = new Schema("app", null, AT, List.of(grant("reader", List.of("USAGE"), null)),
                List.of(new DefaultPrivilege("owner", "tables", "reader", List.of("SELECT"), null, AT)));
        Schema database = new Schema("app", "owner", null, List.of(new Grant("reader", List.of("CREATE", "USAGE"), null,
                List.of())), List.of(new DefaultPrivilege("owner", "sequences", "reader", List.of("USAGE"), List.of(), null)));
        assertEquals("""
                contract.yaml:12:7: error [unexpected-default-privilege] default privilege app.owner.sequences.reader is not in the contract
                contract.yaml:12:7: error [missing-default-privilege] default privilege app.owner.tables.reader is missing
                contract.yaml:12:7: error [changed-grant] grant app.reader: privileges expected '[USAGE]', found '[CREATE, USAGE]'""",
                render(SchemaDiff.diff(new Snapshot(null, List.of(declared), null, null, null, null, null, null),
                        new Snapshot(null, List.of(database), null, null, null, null, null, null), DiffOptions.partial())));
    }

    @Test
    void triggerArgumentsColumnsAndConstraintnessAreComparedAndUndeclaredOnesMustBeAbsentInStrictMode() {
        Trigger declared = new Trigger("audit", "AFTER", List.of("UPDATE"), "ROW", "public.audit", null, AT,
                List.of("email"), List.of("email"), true, true, true);
        Trigger database = new Trigger("audit", "AFTER", List.of("UPDATE"), "ROW", "public.audit", null, null,
                List.of(), List.of(), false, false, false);
        assertEquals("""
                contract.yaml:12:7: error [changed-trigger] trigger public.t.audit: arguments expected '[email]', found '[]'
                contract.yaml:12:7: error [changed-trigger] trigger public.t.audit: columns expected '[email]', found '[]'
                contract.yaml:12:7: error [changed-trigger] trigger public.t.audit: constraint expected 'true', found 'false'
                contract.yaml:12:7: error [changed-trigger] trigger public.t.audit: deferrable expected 'true', found 'false'
                contract.yaml:12:7: error [changed-trigger] trigger public.t.audit: initiallyDeferred expected 'true', found 'false'""",
                render(SchemaDiff.diff(withTrigger(declared), withTrigger(database), DiffOptions.partial())));
        Trigger silent = new Trigger("audit", "AFTER", List.of("UPDATE"), "ROW", "public.audit", null, AT);
        Trigger withArguments = new Trigger("audit", "AFTER", List.of("UPDATE"), "ROW", "public.audit", null, null,
                List.of("x"), List.of("email"), true, false, false);
        assertEquals("", render(SchemaDiff.diff(withTrigger(silent), withTrigger(withArguments), DiffOptions.partial())));
        assertEquals("""
                contract.yaml:12:7: error [changed-trigger] trigger public.t.audit: arguments expected '[]', found '[x]'
                contract.yaml:12:7: error [changed-trigger] trigger public.t.audit: columns expected '[]', found '[email]'
                contract.yaml:12:7: error [changed-trigger] trigger public.t.audit: constraint expected 'false', found 'true'""",
                render(SchemaDiff.diff(withTrigger(silent), withTrigger(withArguments), new DiffOptions(true))));
    }

    private static Snapshot withTrigger(Trigger trigger) {
        Table table = new Table(new QualifiedName("public", "t"), List.of(), null, null, null, null, null, null, null, null,
                List.of(trigger), null, AT);
        return new Snapshot(null, null, null, null, List.of(table), null, null, null);
    }
}
