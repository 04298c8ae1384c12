package dev.schemaverify.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether {@code value::type} can convert a column from one type to another: read from PostgreSQL's own
 * cast catalog of its built-in types ({@code casts.txt}, generated from {@code pg_cast}), so that a change
 * such as {@code bigint} to {@code timestamp} becomes a manual step with a {@code USING} placeholder instead
 * of a statement that fails and aborts the whole script. A type that is not built in (a domain, an enum,
 * an extension's type) is assumed convertible: the planner cannot know its casts, and the script says so.
 */
final class Casts {
    private static final Pattern TYPMOD = Pattern.compile("\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\)");
    private static final Set<String> STRING_TYPES = Set.of("text", "character varying", "character", "name");
    private static final Set<String> BUILT_IN = new HashSet<>();
    private static final Set<String> CASTS = new HashSet<>();

    static {
        try (InputStream in = Casts.class.getResourceAsStream("casts.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource casts.txt");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("type ")) {
                    BUILT_IN.add(line.substring(5).strip());
                } else if (line.contains(" -> ") && !line.startsWith("#")) {
                    CASTS.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read casts.txt", e);
        }
    }

    private Casts() {
    }

    /** {@code false} only where both types are built in and PostgreSQL has no explicit cast between them. */
    static boolean convertible(String from, String to) {
        String a = base(from);
        String b = base(to);
        boolean arrayA = a.endsWith("[]");
        boolean arrayB = b.endsWith("[]");
        if (arrayA != arrayB) {
            // an array converts to and from text through its text form, never to a scalar of another kind
            String scalar = arrayA ? b : a;
            String element = (arrayA ? a : b).replace("[]", "");
            return STRING_TYPES.contains(scalar) || !BUILT_IN.contains(scalar) || !BUILT_IN.contains(element);
        }
        if (arrayA) {
            a = a.substring(0, a.length() - 2);
            b = b.substring(0, b.length() - 2);
        }
        if (a.equals(b) || !BUILT_IN.contains(a) || !BUILT_IN.contains(b)) {
            return true;
        }
        return STRING_TYPES.contains(a) || STRING_TYPES.contains(b) || CASTS.contains(a + " -> " + b);
    }

    /** The type without its modifiers: {@code timestamp(3) without time zone} is {@code timestamp without time zone}. */
    static String base(String type) {
        return TYPMOD.matcher(type.strip()).replaceAll("").replaceAll("\\s+", " ").replace(" [", "[");
    }
}
