package dev.schemaverify.reconcile;

import static dev.schemaverify.reconcile.Sql.id;
import static dev.schemaverify.reconcile.Sql.literal;

import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.SchemaObject;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.TablePart;
import dev.schemaverify.model.Trigger;
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
    /**
     * {@code kind path} of the table parts the script drops and creates again around another change (a policy
     * or trigger around a routine or column change, a foreign key around its referenced key), and of the
     * indexes it builds concurrently, whose comments the planner writes after the build.
     */
    private final Set<String> freshParts;
    private final Set<String> concurrentIndexes;
    private final List<String[]> steps = new ArrayList<>();

    private Annotations(Snapshot expected, ReconcileOptions options, Map<String, List<Finding>> findings,
            Set<String> fresh, Set<String> byHand, Set<String> freshParts, Set<String> concurrentIndexes) {
        this.expected = expected;
        this.options = options;
        this.findings = findings;
        this.fresh = fresh;
        this.byHand = byHand;
        this.freshParts = freshParts;
        this.concurrentIndexes = concurrentIndexes;
    }

    /** The statements with the reason for each, {@code [sql, reason]}, in the order they must run. */
    static List<String[]> plan(Snapshot expected, ReconcileOptions options, Map<String, List<Finding>> findings,
            Set<String> fresh, Set<String> byHand, Set<String> freshParts, Set<String> concurrentIndexes) {
        Annotations annotations = new Annotations(expected, options, findings, fresh, byHand, freshParts,
                concurrentIndexes);
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
            for (TablePart part : table.parts()) {
                if (!(part instanceof Column) && !(part instanceof Grant)) {
                    partComment(table.partPath(part), part, partTarget(table.name(), part), tableFresh);
                }
            }
        }
        for (Sequence sequence : expected.sequences()) {
            annotate(sequence, "SEQUENCE " + sequence.name(), sequence.owner(), sequence.comment());
        }
        for (View view : expected.views()) {
            annotate(view, (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + view.name(), view.owner(),
                    view.comment());
            boolean viewFresh = isFresh(view.kind(), view.path());
            for (Index index : view.indexes()) {
                partComment(view.indexPath(index), index, "INDEX " + new QualifiedName(view.name().schema(), index.name()),
                        viewFresh);
            }
        }
        for (Routine routine : expected.routines()) {
            annotate(routine, (Boolean.TRUE.equals(routine.procedure()) ? "PROCEDURE " : "FUNCTION ")
                    + routine.signature(), routine.owner(), routine.comment());
        }
        for (EnumType type : expected.enums()) {
            annotate(type, "TYPE " + type.name(), type.owner(), type.comment());
        }
        for (Extension extension : expected.extensions()) {
            extensionComment(extension);
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
            steps.add(new String[] {commentOn(path, target, comment), changed.message()});
        } else if (comment != null && (parentFresh || isFresh(kind, path))) {
            steps.add(new String[] {commentOn(path, target, comment),
                    kind + " " + path + " is created by this script: its comment"});
        }
    }

    /**
     * An extension's comment; none means the one its own script sets (its control file's), which a changed
     * comment is set back to, read from {@code pg_available_extensions} as the script runs.
     */
    private void extensionComment(Extension extension) {
        if (!options.comments()) {
            return;
        }
        Finding.Changed changed = changed(extension.kind(), extension.path(), "comment");
        String target = "EXTENSION " + id(extension.name());
        if (changed != null && extension.comment() == null) {
            steps.add(new String[] {"DO " + Sql.dollarQuote("\nBEGIN\n    EXECUTE pg_catalog.format('COMMENT ON EXTENSION %I IS %L', "
                    + literal(extension.name()) + ", (SELECT a.comment FROM pg_catalog.pg_available_extensions a WHERE"
                    + " a.name = " + literal(extension.name()) + "));\nEND\n", "reconcile"), changed.message()});
        } else {
            comment(extension.kind(), extension.path(), target, extension.comment(), false);
        }
    }

    /**
     * A constraint's, index's, policy's or trigger's comment: where the diff found it changed, and where the
     * script creates the part or drops and creates it again (a changed definition, a fresh table, a dependent
     * of a routine or key the script rebuilds): a new part has no comment.
     */
    private void partComment(String path, TablePart part, String target, boolean parentFresh) {
        String key = part.kind() + " " + path;
        if (concurrentIndexes.contains(key)) {
            return; // built after the transaction: the planner comments on it after the build
        }
        boolean rebuilt = parentFresh || freshParts.contains(key) || findings.getOrDefault(key, List.of()).stream()
                .anyMatch(finding -> !handles(finding));
        comment(part.kind(), path, target, part.comment(), rebuilt && creatable(part));
    }

    /** Whether the script can create the part: a contract may leave out what a CREATE needs. */
    private static boolean creatable(TablePart part) {
        if (part instanceof Index index) {
            return index.keys() != null;
        } else if (part instanceof Trigger trigger) {
            return trigger.events() != null && trigger.function() != null;
        } else if (part instanceof CheckConstraint check) {
            return check.expression() != null;
        }
        return true;
    }

    /** What {@code COMMENT ON} names: {@code CONSTRAINT c ON t}, {@code INDEX s.i}, {@code POLICY p ON t}. */
    static String partTarget(QualifiedName table, TablePart part) {
        if (part instanceof Index) {
            return "INDEX " + new QualifiedName(table.schema(), part.name());
        } else if (part instanceof Policy) {
            return "POLICY " + id(part.name()) + " ON " + table;
        } else if (part instanceof Trigger) {
            return "TRIGGER " + id(part.name()) + " ON " + table;
        }
        return part.name() == null ? null : "CONSTRAINT " + id(part.name()) + " ON " + table;
    }

    private boolean isFresh(String kind, String path) {
        String family = kind.equals("materialized view") ? "view" : kind.equals("procedure") ? "function" : kind;
        return fresh.contains(family + " " + path) || missing(kind, path);
    }

    /** {@code COMMENT ON}; a primary key declared without its name ({@code target} null) is found by kind. */
    private static String commentOn(String path, String target, String comment) {
        String text = comment == null ? "NULL" : literal(comment);
        if (target != null) {
            return "COMMENT ON " + target + " IS " + text;
        }
        QualifiedName table = QualifiedName.parse(path, null);
        return "DO " + Sql.dollarQuote("\nBEGIN\n    EXECUTE pg_catalog.format('COMMENT ON CONSTRAINT %I ON %s IS %L',\n"
                + "        (SELECT k.conname FROM pg_catalog.pg_constraint k WHERE k.conrelid = " + Sql.regclass(table)
                + " AND k.contype = 'p'),\n        " + literal(table.toString()) + ", " + (comment == null ? "NULL"
                : literal(comment)) + "::text);\nEND\n", "reconcile");
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
