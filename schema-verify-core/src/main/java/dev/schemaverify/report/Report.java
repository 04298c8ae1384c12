package dev.schemaverify.report;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one goal found, in the form every writer renders and the build decides on: the diagnostics, what
 * was checked (a passing object is a passing JUnit test case), what could not be checked, and the policy
 * applied (severities, baseline, {@code failOn}). {@link #failed()} is the one decision to fail, shared
 * by the Maven goals and any other caller of the core.
 *
 * @param goal the goal's name, also the report files' base name ({@code verify})
 * @param title what was compared, e.g. {@code shadow database (PostgreSQL 17, 8 migrations) against contract.yaml}
 * @param problemHeading the console's first line when there are findings ({@code Schema drift: A differs from B})
 * @param cleanHeading the console's line when there are none ({@code No drift: A matches B.})
 * @param advice what to do when the build fails, naming the file or parameter to change
 * @param checked the groups checked, in order ({@code table public.users}, {@code migration 001 init})
 * @param notVerified objects that could not be checked, one line each; never passed silently
 * @param preamble console-only lines printed before the findings (a status table, timings)
 * @param diagnostics every finding, sorted
 * @param baselined fingerprints of diagnostics the baseline accepts: reported, never failing
 * @param failOn lowest severity that fails the build, or {@code null} when this goal never fails
 * @param tables tables shown beside the findings (the access tests' RLS matrix); empty for most goals
 */
public record Report(
        String goal,
        String title,
        String problemHeading,
        String cleanHeading,
        String advice,
        List<String> checked,
        List<String> notVerified,
        List<String> preamble,
        List<Diagnostic> diagnostics,
        Set<String> baselined,
        Severity failOn,
        List<ReportTable> tables) {

    public Report {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(title, "title");
        checked = List.copyOf(checked);
        notVerified = List.copyOf(notVerified);
        preamble = List.copyOf(preamble);
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        Collections.sort(sorted);
        diagnostics = List.copyOf(sorted);
        baselined = Collections.unmodifiableSet(new TreeSet<>(baselined));
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** A report without tables. */
    public Report(String goal, String title, String problemHeading, String cleanHeading, String advice,
            List<String> checked, List<String> notVerified, List<String> preamble, List<Diagnostic> diagnostics,
            Set<String> baselined, Severity failOn) {
        this(goal, title, problemHeading, cleanHeading, advice, checked, notVerified, preamble, diagnostics, baselined,
                failOn, List.of());
    }

    /** The same report with these tables. */
    public Report withTables(List<ReportTable> newTables) {
        return new Report(goal, title, problemHeading, cleanHeading, advice, checked, notVerified, preamble,
                diagnostics, baselined, failOn, newTables);
    }

    /** A report before any policy: nothing baselined, failing on errors. */
    public static Report of(String goal, String title, String problemHeading, String cleanHeading, String advice,
            List<String> checked, List<String> notVerified, List<String> preamble, List<Diagnostic> diagnostics) {
        return new Report(goal, title, problemHeading, cleanHeading, advice, checked, notVerified, preamble,
                diagnostics, Set.of(), Severity.ERROR);
    }

    /**
     * Why the {@link #notVerified()} entries were not checked, for the writers' heading: for the drift goals,
     * objects the contract model does not cover yet; for the others, each entry says its own reason.
     */
    public String notVerifiedReason() {
        return switch (goal) {
            case "verify", "diff", "guard" -> "the contract model does not cover these yet";
            default -> "not checked, each for the reason given";
        };
    }

    /** Whether the baseline accepts this diagnostic. */
    public boolean isBaselined(Diagnostic diagnostic) {
        return baselined.contains(diagnostic.fingerprint());
    }

    /** Whether this diagnostic fails the build: at or above {@code failOn} and not in the baseline. */
    public boolean fails(Diagnostic diagnostic) {
        return failOn != null && diagnostic.severity().compareTo(failOn) >= 0 && !isBaselined(diagnostic);
    }

    /** The one decision to fail: any diagnostic at or above {@code failOn} that the baseline does not accept. */
    public boolean failed() {
        return diagnostics.stream().anyMatch(this::fails);
    }

    /** Diagnostics that count: every one the baseline does not accept. */
    public List<Diagnostic> active() {
        return diagnostics.stream().filter(d -> !isBaselined(d)).toList();
    }

    /** How many diagnostics of exactly this severity the baseline does not accept. */
    public long count(Severity severity) {
        return active().stream().filter(d -> d.severity() == severity).count();
    }

    /** How many diagnostics the baseline accepts. */
    public long baselineCount() {
        return diagnostics.size() - active().size();
    }

    /** The checked groups and every group a diagnostic names, sorted: the order every writer lists them in. */
    public List<String> groups() {
        Set<String> groups = new TreeSet<>(checked);
        diagnostics.forEach(d -> groups.add(d.group()));
        return List.copyOf(groups);
    }

    /** The diagnostics of one group, in report order. */
    public List<Diagnostic> in(String group) {
        return diagnostics.stream().filter(d -> d.group().equals(group)).toList();
    }

    /** {@code 4 errors, 0 warnings} (and {@code , 1 info}, {@code , 2 in baseline} when there are any). */
    public String counts() {
        StringBuilder text = new StringBuilder(plural(count(Severity.ERROR), "error") + ", "
                + plural(count(Severity.WARNING), "warning"));
        if (count(Severity.INFO) > 0) {
            text.append(", ").append(plural(count(Severity.INFO), "info"));
        }
        if (baselineCount() > 0) {
            text.append(", ").append(baselineCount()).append(" in baseline");
        }
        return text.toString();
    }

    /** The same policy-free content with another severity threshold, baseline and diagnostics. */
    public Report with(List<Diagnostic> newDiagnostics, Set<String> newBaselined, Severity newFailOn) {
        return new Report(goal, title, problemHeading, cleanHeading, advice, checked, notVerified, preamble,
                newDiagnostics, newBaselined, newFailOn, tables);
    }

    /**
     * The build failure's message: how many findings fail it, where the full list is, and what to do.
     *
     * @param where the report file to point at, e.g. {@code target/schema-verify/verify.html}, or {@code null}
     */
    public String failureMessage(String where) {
        long failing = diagnostics.stream().filter(this::fails).count();
        return "schema-verify: " + goal + " failed: " + plural(failing, "finding") + " at or above "
                + failOn.label() + " (" + counts() + "); see the list above"
                + (where == null ? "" : " or " + where) + "." + (advice == null ? "" : " " + advice);
    }

    public static String plural(long count, String word) {
        return count + " " + (count == 1 ? word : pluralOf(word));
    }

    /** {@code index} to {@code indexes}, {@code policy} to {@code policies}, {@code table} to {@code tables}. */
    public static String pluralOf(String word) {
        if (word.endsWith("y") && !word.endsWith("ey")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + (word.endsWith("x") || word.endsWith("s") ? "es" : "s");
    }
}
