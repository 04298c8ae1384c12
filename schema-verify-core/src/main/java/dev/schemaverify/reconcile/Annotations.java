package dev.schemaverify.reconcile;

import static dev.schemaverify.reconcile.Sql.id;
import static dev.schemaverify.reconcile.Sql.literal;

import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.SchemaObject;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Owners ({@code ALTER ... OWNER TO}) and comments ({@code COMMENT ON ... IS}), planned after every object
 * exists and before the grants: changing an owner hands the old owner's privileges to the new one, so the
 * grants the script writes must come after it. Tables come before sequences, since {@code ALTER TABLE ...
 * OWNER TO} also moves the sequences the table owns, and a sequence's own declared owner must win.
 *
 * <p>A step is planned where the diff found the owner or comment changed, for every object the script
 * creates, and for every object it drops and creates again (a view around a column's type change, a routine
 * whose result type changes, an enum whose labels are reordered, a column dropped and added): a fresh object
 * has no comment and belongs to whoever runs the script. Both statements can run twice.
 */
final class Annotations {
    private final Snapshot expected;
    private final ReconcileOptions options;
    private final Map<String, List<Finding>> findings;
    /** {@code kind path} of every object the script creates or creates again. */
    private final Set<String> fresh;
    /** {@code kind path} of the tables a MANUAL step creates or changes: not there yet when the script runs. */
    private final Set<String> byHand;
    private final List<String[]> steps = new ArrayList<>();

    private Annotations(Snapshot expected, ReconcileOptions options, Map<String, List<Finding>> findings,
            Set<String> fresh, Set<String> byHand) {
        this.expected = expected;
        this.options = options;
        this.findings = findings;
        this.fresh = fresh;
        this.byHand = byHand;
    }

    /** The statements with the reason for each, {@code [sql, reason]}, in the order they must run. */
    static List<String[]> plan(Snapshot expected, ReconcileOptions options, Map<String, List<Finding>> findings,
            Set<String> fresh, Set<String> byHand) {
        Annotations annotations = new Annotations(expected, options, findings, fresh, byHand);
        if (options.owners() || options.comments()) {
            annotations.all();
        }
        return annotations.steps;
    }

    /** Whether {@code finding} is an owner or comment change this class plans (a schema's owner is the planner's). */
    static boolean handles(Finding finding) {
        return finding instanceof Finding.Changed changed && (changed.property().equals("comment")
                || changed.property().equals("owner") && !finding.objectKind().equals("schema"));
    }

    private void all() {
        for (Table table : expected.tables()) {
            if (byHand.contains(table.kind() + " " + table.path()) && isFresh(table.kind(), table.path())) {
                continue;
            }
            annotate(table, "TABLE " + table.name(), table.owner(), table.comment());
            boolean tableFresh = isFresh(table.kind(), table.path());
            for (Column column : table.columns()) {
                String path = table.partPath(column);
                comment("column", path, "COLUMN " + path, column.comment(), tableFresh);
            }
        }
        for (Sequence sequence : expected.sequences()) {
            annotate(sequence, "SEQUENCE " + sequence.name(), sequence.owner(), sequence.comment());
        }
        for (View view : expected.views()) {
            annotate(view, (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + view.name(), view.owner(),
                    view.comment());
        }
        for (Routine routine : expected.routines()) {
            annotate(routine, (Boolean.TRUE.equals(routine.procedure()) ? "PROCEDURE " : "FUNCTION ")
                    + routine.signature(), routine.owner(), routine.comment());
        }
        for (EnumType type : expected.enums()) {
            annotate(type, "TYPE " + type.name(), type.owner(), type.comment());
        }
        for (Schema schema : expected.schemas()) {
            // a schema's owner is planned with the schema itself, as it always was
            comment(schema.kind(), schema.path(), "SCHEMA " + id(schema.name()), schema.comment(), false);
        }
    }

    private void annotate(SchemaObject object, String target, String owner, String comment) {
        if (options.owners() && owner != null && (isFresh(object.kind(), object.path())
                || changed(object.kind(), object.path(), "owner") != null)) {
            Finding.Changed changed = changed(object.kind(), object.path(), "owner");
            steps.add(new String[] {"ALTER " + target + " OWNER TO " + id(owner),
                    changed != null ? changed.message() : object.kind() + " " + object.path() + " is created"
                            + " by this script: owner " + owner});
        }
        comment(object.kind(), object.path(), target, comment, false);
    }

    /** {@code parentFresh}: the object belongs to one the script creates (a new table's column). */
    private void comment(String kind, String path, String target, String comment, boolean parentFresh) {
        if (!options.comments()) {
            return;
        }
        Finding.Changed changed = changed(kind, path, "comment");
        if (changed != null) {
            steps.add(new String[] {"COMMENT ON " + target + " IS " + (comment == null ? "NULL" : literal(comment)),
                    changed.message()});
        } else if (comment != null && (parentFresh || isFresh(kind, path))) {
            steps.add(new String[] {"COMMENT ON " + target + " IS " + literal(comment),
                    kind + " " + path + " is created by this script: its comment"});
        }
    }

    private boolean isFresh(String kind, String path) {
        String family = kind.equals("materialized view") ? "view" : kind.equals("procedure") ? "function" : kind;
        return fresh.contains(family + " " + path) || missing(kind, path);
    }

    private boolean missing(String kind, String path) {
        for (Finding finding : findings.getOrDefault(kind + " " + path, List.of())) {
            if (finding.kind() == Finding.Kind.MISSING) {
                return true;
            }
        }
        return false;
    }

    private Finding.Changed changed(String kind, String path, String property) {
        for (Finding finding : findings.getOrDefault(kind + " " + path, List.of())) {
            if (finding instanceof Finding.Changed changed && changed.property().equals(property)) {
                return changed;
            }
        }
        return null;
    }
}
