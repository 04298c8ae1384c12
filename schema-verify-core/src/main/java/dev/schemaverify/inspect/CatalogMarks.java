package dev.schemaverify.inspect;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A cheap fingerprint of the catalog ({@code catalog_marks.sql}): one mark per relation, routine and type
 * outside the system schemas, made of the row versions of every catalog row that object is read from, and
 * one global mark for everything else. Two marks are equal only when none of those rows changed (or, about
 * once in 2^64 changes, when their 64-bit hashes happen to sum alike), so an object with an equal mark reads
 * exactly as it did.
 *
 * @param global the mark of the schemas, roles, extensions, comments, default privileges, system objects
 *     and the other catalogs the not-verified list reads
 * @param objects each object's kind, name and mark by oid
 */
public record CatalogMarks(String global, Map<Long, Mark> objects) {
    public CatalogMarks {
        objects = Map.copyOf(objects);
    }

    /**
     * One object's mark.
     *
     * @param kind {@code r} a table or foreign table, {@code v} a view or materialized view, {@code f} a
     *     routine, {@code s} a sequence, {@code i} an identity column's sequence (read with its table, never
     *     listed among the sequences), {@code t} a type, {@code c} a composite type's relation
     */
    public record Mark(String kind, String name, String mark) {
        /** Whether the snapshot holds this object by name among tables, views or routines. */
        boolean readByName() {
            return kind.equals("r") || kind.equals("v") || kind.equals("f");
        }
    }

    /** The kinds of {@code oids}, here or in {@code before}. */
    Set<String> kinds(Set<Long> oids, CatalogMarks before) {
        Set<String> kinds = new HashSet<>();
        for (CatalogMarks side : List.of(this, before)) {
            for (Long oid : oids) {
                Mark mark = side.objects.get(oid);
                if (mark != null) {
                    kinds.add(mark.kind());
                }
            }
        }
        return kinds;
    }

    static CatalogMarks read(CatalogQueries queries) {
        String[] global = {null};
        Map<Long, Mark> objects = new TreeMap<>();
        queries.query("catalog_marks", row -> {
            String kind = row.getString("kind");
            if (kind.equals("g")) {
                global[0] = row.getString("mark");
            } else {
                objects.put(row.getLong("oid"), new Mark(kind, row.getString("name"), row.getString("mark")));
            }
            return null;
        });
        return new CatalogMarks(String.valueOf(global[0]), objects);
    }

    /** The oids of objects whose mark differs from {@code before}'s, or that only one of the two holds. */
    Set<Long> changedSince(CatalogMarks before) {
        Set<Long> changed = new HashSet<>();
        objects.forEach((oid, mark) -> {
            if (!mark.equals(before.objects.get(oid))) {
                changed.add(oid);
            }
        });
        for (Long oid : before.objects.keySet()) {
            if (!objects.containsKey(oid)) {
                changed.add(oid);
            }
        }
        return changed;
    }

    /** The names under which {@code oids} are read, here or in {@code before} (renamed and dropped objects). */
    static Set<String> names(Set<Long> oids, List<CatalogMarks> sides) {
        Set<String> names = new HashSet<>();
        for (CatalogMarks side : sides) {
            for (Long oid : oids) {
                Mark mark = side.objects.get(oid);
                if (mark != null && mark.readByName()) {
                    names.add(mark.name());
                }
            }
        }
        return names;
    }
}
