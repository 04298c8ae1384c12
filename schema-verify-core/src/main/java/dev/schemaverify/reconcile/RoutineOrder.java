package dev.schemaverify.reconcile;

import dev.schemaverify.model.Routine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order in which routines are created: every routine after those it calls. What PostgreSQL records in
 * {@code pg_depend} (SQL-standard bodies, read into {@link Routine#calls()}) is exact; for bodies it does not
 * track (plpgsql, SQL in a string) a routine whose body names another routine is taken to call it, which can
 * only put a routine later than needed, never too early. Linear in the size of the bodies: each body is split
 * into identifiers once, and ties are broken by signature so the order is deterministic.
 */
final class RoutineOrder {
    private RoutineOrder() {
    }

    /** {@code routines} with callees first; routines in a cycle come in signature order once nothing else is ready. */
    static List<Routine> calleesFirst(List<Routine> routines) {
        Map<String, Routine> bySignature = new TreeMap<>();
        routines.forEach(r -> bySignature.put(r.signature(), r));
        Map<String, Set<String>> byName = new HashMap<>();
        for (Routine routine : bySignature.values()) {
            byName.computeIfAbsent(routine.name().name(), k -> new TreeSet<>()).add(routine.signature());
        }
        Map<String, Set<String>> uses = new HashMap<>();
        Map<String, Set<String>> usedBy = new HashMap<>();
        for (Routine routine : bySignature.values()) {
            Set<String> callees = new LinkedHashSet<>();
            if (routine.calls() != null) {
                routine.calls().stream().filter(bySignature::containsKey).forEach(callees::add);
            }
            for (String word : identifiers(routine.body())) {
                callees.addAll(byName.getOrDefault(word, Set.of()));
            }
            callees.remove(routine.signature());
            uses.put(routine.signature(), callees);
            callees.forEach(c -> usedBy.computeIfAbsent(c, k -> new HashSet<>()).add(routine.signature()));
        }
        Map<String, Integer> waiting = new HashMap<>();
        TreeSet<String> ready = new TreeSet<>();
        TreeSet<String> pending = new TreeSet<>(bySignature.keySet());
        for (String signature : bySignature.keySet()) {
            waiting.put(signature, uses.get(signature).size());
            if (uses.get(signature).isEmpty()) {
                ready.add(signature);
            }
        }
        List<Routine> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            String next = ready.isEmpty() ? pending.first() : ready.pollFirst();
            if (!pending.remove(next)) {
                continue;
            }
            ordered.add(bySignature.get(next));
            for (String caller : usedBy.getOrDefault(next, Set.of())) {
                if (pending.contains(caller) && waiting.merge(caller, -1, Integer::sum) == 0) {
                    ready.add(caller);
                }
            }
        }
        return ordered;
    }

    /** Whether {@code caller}'s body or recorded calls name {@code callee}. */
    static boolean calls(Routine caller, Routine callee) {
        if (caller.signature().equals(callee.signature())) {
            return false;
        }
        if (caller.calls() != null && caller.calls().contains(callee.signature())) {
            return true;
        }
        return identifiers(caller.body()).contains(callee.name().name());
    }

    /** The identifiers in {@code text}: unquoted ones lower-cased as PostgreSQL folds them, quoted ones as written. */
    static Set<String> identifiers(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    break;
                }
                words.add(text.substring(i + 1, end));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '$')) {
                    i++;
                }
                words.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
            } else {
                i++;
            }
        }
        return words;
    }
}
