package dev.schemaverify.preflight;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One row of the readiness table: what was checked on the target before a deploy, what was found and the
 * findings that make it not ready. A check that could not run is {@link Outcome#SKIPPED} with its reason,
 * never a pass.
 *
 * @param name the check's name as the table and the JUnit report show it ({@code connectivity})
 * @param detail one line: what was measured or found ({@code median 0.3 ms, worst 0.9 ms of 5 round trips})
 * @param skipped why the check did not run, or {@code null} when it ran
 * @param diagnostics the findings, each grouped under {@link #group()}
 */
public record ReadinessCheck(String name, String detail, String skipped, List<Diagnostic> diagnostics) {
    public ReadinessCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        diagnostics = diagnostics.stream().map(d -> new Diagnostic(d.code(), d.severity(), d.subject(), group(name),
                d.message(), d.location(), d.property(), d.expected(), d.actual())).toList();
    }

    /** A check that ran. */
    public static ReadinessCheck ran(String name, String detail, List<Diagnostic> diagnostics) {
        return new ReadinessCheck(name, detail, null, diagnostics);
    }

    /** A check that could not run, and why. */
    public static ReadinessCheck skipped(String name, String reason) {
        return new ReadinessCheck(name, reason, reason, List.of());
    }

    /** The report group of check {@code name}: one JUnit test case per check. */
    public static String group(String name) {
        return "check " + name;
    }

    /** This check's report group. */
    public String group() {
        return group(name);
    }

    /** How a check came out, as the readiness table prints it. */
    public enum Outcome {
        READY("ok"), WARNING("warn"), NOT_READY("FAIL"), SKIPPED("skipped");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Not ready on an error, a warning on a warning, skipped when it did not run, else ready. */
    public Outcome outcome(List<Diagnostic> configured) {
        if (skipped != null) {
            return Outcome.SKIPPED;
        }
        Severity worst = configured.stream().filter(d -> d.group().equals(group())).map(Diagnostic::severity)
                .max(Enum::compareTo).orElse(null);
        return worst == Severity.ERROR ? Outcome.NOT_READY : worst == Severity.WARNING ? Outcome.WARNING
                : Outcome.READY;
    }
}
