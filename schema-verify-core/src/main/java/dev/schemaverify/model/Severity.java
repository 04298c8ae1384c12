package dev.schemaverify.model;

/** How much a finding matters; the build fails on findings at or above the configured threshold. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** Lower-case label used in console lines: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
