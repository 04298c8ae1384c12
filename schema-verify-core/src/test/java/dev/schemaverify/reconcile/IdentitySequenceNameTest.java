package dev.schemaverify.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.IdentityOptions;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The identity's sequence name: compared where declared, renamed in place, given as SEQUENCE NAME on creation. */
class IdentitySequenceNameTest {
    private static final QualifiedName INVOICES = new QualifiedName("public", "invoices");

    private static Snapshot snapshot(Column id) {
        Table invoices = new Table(INVOICES, List.of(id), null, List.of(), List.of(), List.of(), List.of(), false, false,
                List.of(), List.of(), List.of(), null);
        return new Snapshot(null, List.of(), List.of(), List.of(), List.of(invoices), List.of(), List.of(), null);
    }

    private static Column identity(String sequence) {
        return new Column("id", "integer", false, null, "ALWAYS", null, null, null,
                new IdentityOptions(1L, 1L, 1L, 2147483647L, 1L, false, sequence));
    }

    private static List<String> sql(Snapshot actual, Snapshot expected) {
        return Reconciler.plan(actual, expected, new ReconcileOptions(false, false, false)).steps().stream()
                .map(ReconcileStep::sql).toList();
    }

    @Test
    void aDeclaredNameIsComparedAnUndeclaredOneIsNot() {
        List<Finding> found = SchemaDiff.diff(snapshot(identity("invoice_numbers")), snapshot(identity("invoices_id_seq1")),
                new DiffOptions(true));
        assertEquals(List.of("column public.invoices.id: identity.sequence expected 'invoice_numbers', found"
                + " 'invoices_id_seq1'"), found.stream().map(Finding::message).toList());
        assertEquals(List.of(), SchemaDiff.diff(snapshot(identity(null)), snapshot(identity("invoices_id_seq1")),
                new DiffOptions(true)));
    }

    @Test
    void anotherNameIsARenameOfTheColumnsOwnSequence() {
        assertEquals(List.of("""
                DO $reconcile$
                BEGIN
                    IF pg_catalog.pg_get_serial_sequence('public.invoices', 'id') IS DISTINCT FROM 'public.invoice_numbers' THEN
                        EXECUTE pg_catalog.format('ALTER SEQUENCE %s RENAME TO %I', pg_catalog.pg_get_serial_sequence('public.invoices', 'id'), 'invoice_numbers');
                    END IF;
                END
                $reconcile$"""), sql(snapshot(identity("invoices_id_seq1")), snapshot(identity("invoice_numbers"))));
    }

    @Test
    void aNewIdentityIsAddedWithItsSequenceName() {
        List<String> steps = sql(snapshot(new Column("id", "integer", false, null, null, null, null)),
                snapshot(identity("Invoice Numbers")));
        assertEquals(true, steps.get(steps.size() - 1).contains("ALTER TABLE public.invoices ALTER COLUMN id ADD GENERATED"
                + " ALWAYS AS IDENTITY (SEQUENCE NAME \"Invoice Numbers\" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647"
                + " START WITH 1 CACHE 1 NO CYCLE);"), steps.toString());
    }
}
