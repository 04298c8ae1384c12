package dev.schemaverify.api;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.SchemaObject;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.TablePart;
import dev.schemaverify.model.View;
import dev.schemaverify.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Owners and comments are compared only when switched on ({@code compareOwners}, {@code compareComments}).
 * When they are off, what they would have checked is listed as not verified rather than passed silently:
 * <ul>
 * <li>comments the database has, counted by object kind ({@code comment on 3 columns}, {@code on 1 index},
 *     {@code on 2 check constraints});</li>
 * <li>owners and comments the contract declares but the check leaves out (a declared owner that is not
 *     compared would otherwise read as checked);</li>
 * <li>owners, counted by role, when the database's objects belong to more than one role: where one role
 *     owns everything, as in a database one migration user built, there is no owner to tell apart, and a
 *     line on every verify would only be noise.</li>
 * </ul>
 */
final class Unannotated {
    private Unannotated() {
    }

    static List<NotVerified> notVerified(Snapshot actual, DiffOptions options) {
        return notVerified(actual, null, options);
    }

    /** The database's own not-verified objects, plus the owners and comments {@code options} leave out. */
    static List<NotVerified> notVerified(Snapshot actual, Snapshot declared, DiffOptions options) {
        TreeSet<NotVerified> all = new TreeSet<>(actual.notVerified());
        String hintComments = " (compareComments is off)";
        String hintOwners = " (compareOwners is off)";
        if (!options.comments()) {
            counted(comments(actual)).forEach((kind, count) -> all.add(new NotVerified("comment",
                    "on " + Report.plural(count, kind) + hintComments)));
            if (declared != null) {
                counted(comments(declared)).forEach((kind, count) -> all.add(new NotVerified("declared comment",
                        "on " + Report.plural(count, kind) + hintComments)));
            }
        }
        if (!options.owners()) {
            Map<String, Integer> byRole = new TreeMap<>();
            owners(actual).forEach(owner -> byRole.merge(owner, 1, Integer::sum));
            if (byRole.size() > 1) {
                byRole.forEach((role, count) -> all.add(new NotVerified("owner",
                        role + " of " + Report.plural(count, "object") + hintOwners)));
            }
            if (declared != null) {
                int count = owners(declared).size();
                if (count > 0) {
                    all.add(new NotVerified("declared owner", "of " + Report.plural(count, "object")
                            + hintOwners));
                }
            }
        }
        return List.copyOf(all);
    }

    /** The kind of every object or part (column, constraint, index, policy, trigger) with a comment. */
    private static List<String> comments(Snapshot snapshot) {
        List<String> kinds = new ArrayList<>();
        for (SchemaObject object : snapshot.objects()) {
            if (comment(object) != null) {
                kinds.add(object.kind());
            }
            if (object instanceof Table table) {
                for (TablePart part : table.parts()) {
                    if (part.comment() != null) {
                        kinds.add(part.kind());
                    }
                }
            } else if (object instanceof View view) {
                for (Index index : view.indexes()) {
                    if (index.comment() != null) {
                        kinds.add(index.kind());
                    }
                }
            }
        }
        return kinds;
    }

    private static String comment(SchemaObject object) {
        if (object instanceof Table t) {
            return t.comment();
        } else if (object instanceof View v) {
            return v.comment();
        } else if (object instanceof Routine r) {
            return r.comment();
        } else if (object instanceof Sequence s) {
            return s.comment();
        } else if (object instanceof EnumType e) {
            return e.comment();
        } else if (object instanceof Schema s) {
            return s.comment();
        } else if (object instanceof Extension e) {
            return e.comment();
        }
        return null;
    }

    /** The owners of the objects an owner check covers (a schema's owner is compared either way). */
    private static List<String> owners(Snapshot snapshot) {
        List<String> owners = new ArrayList<>();
        snapshot.tables().forEach(t -> add(owners, t.owner()));
        snapshot.views().forEach(v -> add(owners, v.owner()));
        snapshot.routines().forEach(r -> add(owners, r.owner()));
        snapshot.sequences().forEach(s -> add(owners, s.owner()));
        snapshot.enums().forEach(e -> add(owners, e.owner()));
        return owners;
    }

    private static void add(List<String> owners, String owner) {
        if (owner != null) {
            owners.add(owner);
        }
    }

    private static Map<String, Integer> counted(List<String> kinds) {
        Map<String, Integer> counts = new TreeMap<>();
        kinds.forEach(kind -> counts.merge(kind, 1, Integer::sum));
        return counts;
    }
}
