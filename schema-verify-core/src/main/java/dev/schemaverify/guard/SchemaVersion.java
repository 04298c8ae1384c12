package dev.schemaverify.guard;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema version in the semantic-versioning sense: {@code major.minor.patch}. Missing parts are zero,
 * so {@code 2} is {@code 2.0.0} and {@code 1.4} is {@code 1.4.0}. Migration versions as tools write them
 * are read too: {@code V1_4_2}, {@code 1_4}, {@code v2.0}.
 *
 * <p>Only the major part decides compatibility (see {@link VersionVerdict}). A history numbered
 * {@code 1, 2, 3, ...} therefore makes every migration a major step; teams with such histories either
 * declare the exact version they need, or keep a semantic version row and read it with
 * {@link GuardOptions#versionQuery()}.
 */
public record SchemaVersion(long major, long minor, long patch) implements Comparable<SchemaVersion> {
    private static final Pattern SHAPE = Pattern.compile("[vV]?(\\d+)(?:[._](\\d+))?(?:[._](\\d+))?");

    public SchemaVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts are never negative");
        }
    }

    /** Parses {@code 1}, {@code 1.4}, {@code 1.4.2}, {@code V1_4_2}; anything else is an error naming the text. */
    public static SchemaVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = SHAPE.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a schema version; write major[.minor[.patch]],"
                    + " e.g. 1.4.0");
        }
        return new SchemaVersion(part(matcher.group(1)), part(matcher.group(2)), part(matcher.group(3)));
    }

    private static long part(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    @Override
    public int compareTo(SchemaVersion other) {
        int byMajor = Long.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Long.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Long.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
