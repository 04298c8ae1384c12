package dev.schemaverify.report;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The configured severity of finding codes: a code ({@code changed-extension}) or a code prefix ending in
 * {@code *} ({@code unexpected-*}, {@code *}) mapped to {@code error}, {@code warning}, {@code info} or
 * {@code off}. An exact code wins over a prefix, a longer prefix over a shorter one; a code matched by
 * none keeps the severity its check gave it.
 *
 * @param levels pattern to level; {@code Optional.empty()} is {@code off}
 */
public record Severities(Map<String, Optional<Severity>> levels) {
    public static final Severities NONE = new Severities(Map.of());

    public Severities {
        levels = Map.copyOf(levels);
    }

    /**
     * Reads entries {@code code=level} or {@code code: level}, also several separated by commas.
     *
     * @param origin where the entries come from, for errors: {@code the severities parameter}
     */
    public static Severities parse(List<String> entries, String origin) {
        Map<String, Optional<Severity>> levels = new LinkedHashMap<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            for (String part : entry.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int separator = part.indexOf('=') >= 0 ? part.indexOf('=') : part.indexOf(':');
                if (separator <= 0) {
                    throw new SchemaVerifyException(ErrorCode.CONFIGURATION, origin + ": '" + part.trim()
                            + "' is not code=level; write e.g. changed-extension=warning or unexpected-*=off");
                }
                levels.put(part.substring(0, separator).trim(), level(part.substring(separator + 1), origin));
            }
        }
        return new Severities(levels);
    }

    /** Reads one level: {@code error}, {@code warning}, {@code info} or {@code off}, case-insensitive. */
    public static Optional<Severity> level(String text, String origin) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "error" -> Optional.of(Severity.ERROR);
            case "warning", "warn" -> Optional.of(Severity.WARNING);
            case "info" -> Optional.of(Severity.INFO);
            case "off" -> Optional.empty();
            default -> throw new SchemaVerifyException(ErrorCode.CONFIGURATION, origin + ": '" + text.trim()
                    + "' is not a severity; use error, warning, info or off");
        };
    }

    /** These levels with {@code overrides} on top (the pom's over the contract's). */
    public Severities and(Severities overrides) {
        Map<String, Optional<Severity>> merged = new LinkedHashMap<>(levels);
        merged.putAll(overrides.levels);
        return new Severities(merged);
    }

    /** The diagnostic at its configured severity, or empty when its code is configured {@code off}. */
    public Optional<Diagnostic> apply(Diagnostic diagnostic) {
        Optional<Severity> configured = levelOf(diagnostic.code());
        if (configured == null) {
            return Optional.of(diagnostic);
        }
        return configured.map(diagnostic::withSeverity);
    }

    /** The configured level of {@code code}: {@code null} when unconfigured, empty when off. */
    private Optional<Severity> levelOf(String code) {
        if (levels.containsKey(code)) {
            return levels.get(code);
        }
        String best = null;
        for (String pattern : levels.keySet()) {
            if (pattern.endsWith("*") && code.startsWith(pattern.substring(0, pattern.length() - 1))
                    && (best == null || pattern.length() > best.length())) {
                best = pattern;
            }
        }
        return best == null ? null : levels.get(best);
    }
}
