package dev.schemaverify.report;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accepted findings, by fingerprint, so a team can adopt schema-verify on a drifted legacy database and
 * fail only on new drift. The file is plain text, one finding per line ({@code goal fingerprint code
 * subject}), sorted, so it reviews and merges like code. Writing it for one goal keeps the other goals'
 * lines.
 *
 * @param entries {@code goal fingerprint} pairs
 */
public record Baseline(Set<String> entries) {
    public static final Baseline NONE = new Baseline(Set.of());

    private static final String HEADER = "# schema-verify baseline: findings accepted on purpose. One per line: goal,"
            + " fingerprint, code, subject.\n# Written by -Dschema-verify.writeBaseline; delete a line to make its"
            + " finding fail the build again.\n";

    public Baseline {
        entries = Set.copyOf(entries);
    }

    /** Reads {@code file}; a missing file is an error naming the parameter, since a typo would accept nothing. */
    public static Baseline read(Path file, String display) {
        if (!Files.isRegularFile(file)) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the baseline " + display + " does not exist;"
                    + " write it with -Dschema-verify.writeBaseline=true, or unset schema-verify.baseline");
        }
        Set<String> entries = new TreeSet<>();
        int number = 0;
        for (String line : lines(file)) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 3);
            if (parts.length < 2 || !parts[1].matches("[0-9a-f]{16}")) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION, display + ":" + number
                        + ": not a baseline line (goal fingerprint code subject); write the file with"
                        + " -Dschema-verify.writeBaseline=true");
            }
            entries.add(parts[0] + " " + parts[1]);
        }
        return new Baseline(entries);
    }

    /** Whether the baseline accepts this finding of {@code goal}. */
    public boolean accepts(String goal, Diagnostic diagnostic) {
        return entries.contains(goal + " " + diagnostic.fingerprint());
    }

    /**
     * Writes every diagnostic of {@code report} into {@code file} as accepted, replacing that goal's lines
     * and keeping the others'.
     *
     * @return how many findings the goal now has in the baseline
     */
    public static int write(Path file, Report report) {
        Set<String> lines = new TreeSet<>();
        if (Files.isRegularFile(file)) {
            for (String line : lines(file)) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith(report.goal() + " ")) {
                    lines.add(text);
                }
            }
        }
        List<String> own = new ArrayList<>();
        for (Diagnostic diagnostic : report.diagnostics()) {
            own.add(report.goal() + " " + diagnostic.fingerprint() + " " + diagnostic.code() + " " + diagnostic.subject());
        }
        lines.addAll(own);
        ReportFiles.write(file, HEADER + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"));
        return (int) own.stream().distinct().count();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.IO, "cannot read the baseline " + file + ": " + e.getMessage(), e);
        }
    }
}
