package dev.schemaverify.migrate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a Liquibase changelog file from anything else without Liquibase: a SQL folder's goals never load
 * Liquibase's classes, so a build that has no changelog does not need Liquibase on its class path.
 */
public final class ChangelogFiles {
    private static final Pattern FORMATTED_SQL_HEADER =
            Pattern.compile("\\s*--\\s*liquibase\\s+formatted.*", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_CHARS = 64 * 1024;

    private ChangelogFiles() {
    }

    /**
     * Whether {@code file} is a Liquibase changelog: an {@code .xml}, {@code .yaml}, {@code .yml} or
     * {@code .json} file that mentions {@code databaseChangeLog}, or an {@code .sql} file whose first
     * non-blank line is the {@code --liquibase formatted sql} header. A contract YAML or a plain SQL
     * migration is not.
     */
    public static boolean isChangelog(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".sql")) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        if (!line.isBlank()) {
                            return FORMATTED_SQL_HEADER.matcher(line.replace("\uFEFF", "")).matches();
                        }
                    }
                }
                return false;
            }
            if (name.endsWith(".xml") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    char[] buffer = new char[SNIFF_CHARS];
                    int read = reader.read(buffer);
                    return read > 0 && new String(buffer, 0, read).contains("databaseChangeLog");
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
