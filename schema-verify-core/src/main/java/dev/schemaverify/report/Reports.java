package dev.schemaverify.report;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report formats and where they go: every {@link ReportWriter}, the {@code reports} setting parsed
 * once, the files written into the report folder, and the Markdown summary appended to the file that
 * {@code GITHUB_STEP_SUMMARY} names.
 */
public final class Reports {
    /** Every format, in the order {@code reports} lists them by default. */
    public static final List<ReportWriter> WRITERS = List.of(new ConsoleWriter(), new JsonWriter(), new JunitWriter(),
            new SarifWriter(), new MarkdownWriter(), new HtmlWriter());

    /** The environment variable GitHub Actions sets to the job summary file. */
    public static final String STEP_SUMMARY_ENV = "GITHUB_STEP_SUMMARY";

    private Reports() {
    }

    /** Every format name: {@code console, json, junit, sarif, markdown, html}. */
    public static Set<String> all() {
        return WRITERS.stream().map(ReportWriter::format).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Reads {@code reports} entries ({@code console,json}, case-insensitive, {@code all}, {@code none}); an
     * empty list means all. An unknown name is a configuration error naming the valid ones.
     */
    public static Set<String> formats(List<String> entries) {
        Set<String> formats = new LinkedHashSet<>();
        boolean any = false;
        for (String entry : entries == null ? List.<String>of() : entries) {
            for (String part : entry.split(",")) {
                String name = part.trim().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                any = true;
                if (name.equals("all")) {
                    formats.addAll(all());
                } else if (name.equals("none")) {
                    continue;
                } else if (name.equals("md")) {
                    formats.add("markdown");
                } else if (all().contains(name)) {
                    formats.add(name);
                } else {
                    throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "reports: unknown format '" + part.trim()
                            + "'; use any of " + String.join(",", all()) + " (or all, none)");
                }
            }
        }
        return any ? formats : all();
    }

    /** The writer of {@code format}. */
    public static ReportWriter writer(String format) {
        return WRITERS.stream().filter(w -> w.format().equals(format)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no writer for " + format));
    }

    /** Writes the file formats among {@code formats} into {@code directory}; returns the files, in format order. */
    public static List<Path> write(Report report, Set<String> formats, Path directory) {
        List<Path> written = new ArrayList<>();
        for (ReportWriter writer : WRITERS) {
            String name = writer.fileName(report.goal());
            if (name != null && formats.contains(writer.format())) {
                Path file = directory.resolve(name);
                ReportFiles.write(file, writer.render(report));
                written.add(file);
            }
        }
        return written;
    }

    /**
     * Appends the Markdown summary to {@code summaryFile} (the value of {@code GITHUB_STEP_SUMMARY}), so the
     * job's summary page shows it; nothing when the variable is unset.
     */
    public static void appendStepSummary(Report report, String summaryFile) {
        if (summaryFile == null || summaryFile.isBlank()) {
            return;
        }
        Path file = Path.of(summaryFile);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, new MarkdownWriter().render(report) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.IO, "cannot append the summary to " + STEP_SUMMARY_ENV + "="
                    + summaryFile + ": " + e.getMessage(), e);
        }
    }
}
