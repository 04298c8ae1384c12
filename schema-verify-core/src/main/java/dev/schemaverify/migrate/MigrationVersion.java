package dev.schemaverify.migrate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A migration version compared numerically part by part: {@code 1.10} comes after {@code 1.9},
 * {@code 1_1} is {@code 1.1}, {@code 001} is {@code 1}, a date such as
 * {@code 2023-07-05-000058} (diesel's folder names) is {@code 2023.7.5.58}, and trailing zero parts do not count
 * ({@code 1.0} is {@code 1}).
 */
public record MigrationVersion(List<BigInteger> parts) implements Comparable<MigrationVersion> {
    public MigrationVersion {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a version has at least one part");
        }
    }

    private static final Pattern SHAPE = Pattern.compile("\\d+(?:[._-]\\d+)*");
    private static final Pattern SEPARATOR = Pattern.compile("[._-]");

    /** Parses digits separated by {@code .}, {@code _} or {@code -}; anything else is an {@link IllegalArgumentException}. */
    public static MigrationVersion parse(String text) {
        MigrationVersion version = tryParse(text);
        if (version == null) {
            throw new IllegalArgumentException("not a version: " + text);
        }
        return version;
    }

    /** As {@link #parse}, or {@code null} when {@code text} is not a version (a repeatable's name, say). */
    public static MigrationVersion tryParse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return null;
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String part : SEPARATOR.split(text)) {
            parts.add(new BigInteger(part));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return new MigrationVersion(parts);
    }

    /** Whether this is one plain number ({@code 3}, not {@code 1.1}). */
    public boolean isInteger() {
        return parts.size() == 1;
    }

    @Override
    public int compareTo(MigrationVersion other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            BigInteger mine = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger theirs = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int compared = mine.compareTo(theirs);
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    /** The normalised form: {@code 1.1} for {@code 1_1}, {@code 3} for {@code 003}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (BigInteger part : parts) {
            text.append(text.length() == 0 ? "" : ".").append(part);
        }
        return text.toString();
    }
}
