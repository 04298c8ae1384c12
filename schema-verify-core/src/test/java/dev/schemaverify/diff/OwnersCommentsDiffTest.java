package dev.schemaverify.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.View;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Owners and comments: typed findings at the contract's line when switched on, nothing when off. */
class OwnersCommentsDiffTest {
    private static final SourceRef AT = new SourceRef("contract.yaml", 4, 7);
    private static final QualifiedName ORDERS = new QualifiedName("public", "orders");

    private static Snapshot snapshot(String owner, String comment, String columnComment, SourceRef at) {
        Table orders = new Table(ORDERS, List.of(new Column("id", "integer", false, null, null, null, at, null, null,
                columnComment)), null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                List.of(), at, null, null, null, null, null, null, null, owner, comment);
        View view = new View(new QualifiedName("public", "v"), false, "SELECT 1", at, null, null, null, owner, comment);
        Routine routine = new Routine(new QualifiedName("public", "f"), "", false, "integer", null, null, null, null,
                null, at, "", null, null, null, null, null, null, null, owner, comment);
        Sequence sequence = new Sequence(new QualifiedName("public", "s"), null, null, null, null, null, null, null,
                at, null, null, owner, comment);
        EnumType type = new EnumType(new QualifiedName("public", "e"), null, at, owner, comment);
        return new Snapshot(null, List.of(new Schema("public", null, at, null, null, comment)), List.of(type),
                List.of(sequence), List.of(orders), List.of(view), List.of(routine), null);
    }

    private static String render(List<Finding> findings) {
        return findings.stream().map(f -> (f.source() == null ? "" : f.source() + ": ") + f.severity().label() + " ["
                + f.code() + "] " + f.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void switchedOnEveryOwnerAndCommentIsATypedFindingAtTheContractLine() {
        Snapshot expected = snapshot("app_owner", "wanted", "the key", AT);
        Snapshot actual = snapshot("postgres", "found", null, null);
        assertEquals("""
                contract.yaml:4:7: error [changed-schema] schema public: comment expected 'wanted', found 'found'
                contract.yaml:4:7: error [changed-enum] enum public.e: comment expected 'wanted', found 'found'
                contract.yaml:4:7: error [changed-enum] enum public.e: owner expected 'app_owner', found 'postgres'
                contract.yaml:4:7: error [changed-function] function public.f(): comment expected 'wanted', found 'found'
                contract.yaml:4:7: error [changed-function] function public.f(): owner expected 'app_owner', found 'postgres'
                contract.yaml:4:7: error [changed-table] table public.orders: comment expected 'wanted', found 'found'
                contract.yaml:4:7: error [changed-table] table public.orders: owner expected 'app_owner', found 'postgres'
                contract.yaml:4:7: error [changed-column] column public.orders.id: comment expected 'the key', found (none)
                contract.yaml:4:7: error [changed-sequence] sequence public.s: comment expected 'wanted', found 'found'
                contract.yaml:4:7: error [changed-sequence] sequence public.s: owner expected 'app_owner', found 'postgres'
                contract.yaml:4:7: error [changed-view] view public.v: comment expected 'wanted', found 'found'
                contract.yaml:4:7: error [changed-view] view public.v: owner expected 'app_owner', found 'postgres'""",
                render(SchemaDiff.diff(expected, actual, new DiffOptions(false, true, true))));
    }

    @Test
    void switchedOffNothingIsCompared() {
        Snapshot expected = snapshot("app_owner", "wanted", "the key", AT);
        Snapshot actual = snapshot("postgres", "found", null, null);
        assertEquals("", render(SchemaDiff.diff(expected, actual, new DiffOptions(true))));
    }

    @Test
    void strictTakesAnUndeclaredCommentAsNoneButAnUndeclaredOwnerIsNotCompared() {
        Snapshot expected = snapshot(null, null, null, AT);
        Snapshot actual = snapshot("postgres", null, "stray", null);
        assertEquals("contract.yaml:4:7: error [changed-column] column public.orders.id: comment expected (none),"
                + " found 'stray'", render(SchemaDiff.diff(expected, actual, new DiffOptions(true, true, true))));
        assertEquals("", render(SchemaDiff.diff(expected, actual, new DiffOptions(false, true, true))));
    }
}
