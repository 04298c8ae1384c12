package dev.schemaverify.report;

import java.io.IOException;

/**
 * One output format of a {@link Report}. Each format is one class behind this interface; {@link Reports}
 * lists them, so a new format is one new class there. Output must be deterministic: the same report
 * renders to the same bytes (no timestamps, no random ids, sorted findings).
 */
public interface ReportWriter {
    /** The name users write in {@code reports}: {@code console}, {@code json}, {@code junit}, ... */
    String format();

    /** The file this format writes for {@code goal} ({@code verify.sarif}), or {@code null} for the console. */
    String fileName(String goal);

    /** Renders {@code report} to {@code out}. */
    void write(Report report, Appendable out) throws IOException;

    /** The rendered report as one string. */
    default String render(Report report) {
        StringBuilder out = new StringBuilder();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }
}
