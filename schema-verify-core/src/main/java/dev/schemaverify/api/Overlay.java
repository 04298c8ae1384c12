package dev.schemaverify.api;

import dev.schemaverify.model.SchemaObject;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.TablePart;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a database looks like once a partial contract has been applied to it: the database's snapshot with
 * every property the contract declares put in. A contract leaves most properties undeclared ({@code null});
 * the rollback script is planned from this overlay back to the database, so it reverts only what
 * {@code reconcile.sql} changes.
 *
 * <p>Works on the model's records generically: a {@code null} component of the contract's record keeps
 * the database's value; lists of named objects are merged by name.
 */
final class Overlay {
    private Overlay() {
    }

    /**
     * @param dropUnexpected whether the forward script drops what the contract does not declare (then the
     *     overlay leaves those out too)
     */
    static Snapshot apply(Snapshot database, Snapshot contract, boolean dropUnexpected) {
        return new Snapshot(
                objects(database.extensions(), contract.extensions(), dropUnexpected),
                objects(database.schemas(), contract.schemas(), dropUnexpected),
                objects(database.enums(), contract.enums(), dropUnexpected),
                objects(database.sequences(), contract.sequences(), dropUnexpected),
                objects(database.tables(), contract.tables(), dropUnexpected),
                objects(database.views(), contract.views(), dropUnexpected),
                objects(database.routines(), contract.routines(), dropUnexpected),
                database.notVerified());
    }

    private static <T> List<T> objects(List<T> base, List<T> declared, boolean dropUnexpected) {
        Map<String, T> declaredByKey = new LinkedHashMap<>();
        declared.forEach(item -> declaredByKey.put(key(item), item));
        List<T> merged = new ArrayList<>();
        for (T item : base) {
            T over = declaredByKey.remove(key(item));
            if (over != null) {
                merged.add(merge(item, over, dropUnexpected));
            } else if (!dropUnexpected) {
                merged.add(item);
            }
        }
        merged.addAll(declaredByKey.values());
        return merged;
    }

    private static String key(Object item) {
        if (item instanceof SchemaObject object) {
            return object.kind() + " " + object.path();
        }
        if (item instanceof TablePart part) {
            return part.kind() + " " + part.name();
        }
        return String.valueOf(item);
    }

    /** {@code over}'s declared components on top of {@code base}'s. */
    @SuppressWarnings("unchecked")
    private static <T> T merge(T base, T over, boolean dropUnexpected) {
        Class<?> type = base.getClass();
        if (!type.isRecord()) {
            return over;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object a = components[i].getAccessor().invoke(base);
                Object b = components[i].getAccessor().invoke(over);
                types[i] = components[i].getType();
                if (b == null) {
                    values[i] = a;
                } else if (a instanceof List<?> listA && b instanceof List<?> listB && isNamedList(listA, listB)) {
                    values[i] = objects((List<Object>) listA, (List<Object>) listB, dropUnexpected);
                } else if (a != null && a.getClass().isRecord() && a.getClass() == b.getClass()
                        && a instanceof TablePart) {
                    values[i] = merge(a, b, dropUnexpected);
                } else {
                    values[i] = b;
                }
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return (T) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot overlay " + type.getSimpleName(), unwrap(e));
        }
    }

    /** Lists of table parts (columns, indexes...) merge by name; lists of strings are values. */
    private static boolean isNamedList(List<?> a, List<?> b) {
        Object sample = !a.isEmpty() ? a.get(0) : !b.isEmpty() ? b.get(0) : null;
        return sample instanceof TablePart;
    }

    private static Throwable unwrap(ReflectiveOperationException e) {
        return e instanceof InvocationTargetException invocation && invocation.getCause() != null
                ? invocation.getCause() : e;
    }
}
