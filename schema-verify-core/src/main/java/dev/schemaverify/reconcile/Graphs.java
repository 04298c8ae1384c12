package dev.schemaverify.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** Dependency order over a handful of objects, deterministic: ties and cycles fall back to name order. */
final class Graphs {
    private Graphs() {
    }

    /**
     * {@code items} with every item after those it {@code uses}; an item in a cycle comes after the others,
     * in name order, so the output is always complete.
     */
    static <T, N extends Comparable<N>> List<T> order(List<T> items, Function<T, N> name, BiPredicate<T, T> uses) {
        List<T> pending = new ArrayList<>(items);
        pending.sort(Comparator.comparing(name));
        List<T> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            T next = null;
            for (T candidate : pending) {
                boolean ready = true;
                for (T other : pending) {
                    if (other != candidate && uses.test(candidate, other)) {
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                next = pending.get(0);
            }
            pending.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }
}
