package dev.schemaverify.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A schema at one moment: what a contract declares, or what a database holds. Lists are never
 * {@code null}.
 *
 * @param notVerified objects present in the database that the model cannot check yet
 */
public record Snapshot(
        List<Extension> extensions,
        List<Schema> schemas,
        List<EnumType> enums,
        List<Sequence> sequences,
        List<Table> tables,
        List<View> views,
        List<Routine> routines,
        List<NotVerified> notVerified) {
    public Snapshot {
        extensions = copy(extensions);
        schemas = copy(schemas);
        enums = copy(enums);
        sequences = copy(sequences);
        tables = copy(tables);
        views = copy(views);
        routines = copy(routines);
        notVerified = notVerified == null ? List.of() : notVerified.stream().sorted().toList();
    }

    public static Snapshot empty() {
        return new Snapshot(null, null, null, null, null, null, null, null);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Every top-level object, in a stable order by kind. */
    public List<SchemaObject> objects() {
        List<SchemaObject> all = new ArrayList<>(extensions);
        all.addAll(schemas);
        all.addAll(enums);
        all.addAll(sequences);
        all.addAll(tables);
        all.addAll(views);
        all.addAll(routines);
        return all;
    }

    /** The table called {@code name}, or {@code null}. */
    public Table table(QualifiedName name) {
        for (Table table : tables) {
            if (table.name().equals(name)) {
                return table;
            }
        }
        return null;
    }

    /** The number of top-level objects plus table parts; a rough size for reports. */
    public int size() {
        int size = objects().size();
        for (Table table : tables) {
            size += table.parts().size();
        }
        return size;
    }
}
