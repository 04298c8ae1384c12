package dev.schemaverify.guard;

import dev.schemaverify.report.Json;
import dev.schemaverify.report.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the start-up guard found. {@link #toJson()} is the document an application's health endpoint
 * can serve as it is.
 *
 * @param status the verdict
 * @param database the database checked, without credentials
 * @param requiredVersion the version the application needs, or {@code null} when not declared
 * @param databaseVersion the version the database holds, or {@code null} when not read
 * @param versionSource where {@code databaseVersion} came from, e.g. {@code public.flyway_schema_history}
 * @param contract the contract checked, or {@code null} when none was given
 * @param strict whether the drift check was strict
 * @param objectsCompared how many objects (tables, views, routines, ...) the contract check compared
 * @param notVerified how many database objects the model cannot check yet
 * @param problems every problem found, in the order found
 * @param bypass who switched the guard off, when {@code status} is {@link Status#BYPASSED}
 * @param report the same findings as a report for the writers (JUnit XML, SARIF, ...), with the decision to
 *     fail that every goal shares ({@link Report#failed()}): a warning-level finding (an extension's version,
 *     say) is listed but does not stop the application
 */
public record GuardResult(
        Status status,
        String database,
        SchemaVersion requiredVersion,
        SchemaVersion databaseVersion,
        String versionSource,
        String contract,
        boolean strict,
        int objectsCompared,
        int notVerified,
        List<GuardProblem> problems,
        String bypass,
        Report report) {
    public GuardResult {
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
    }

    /** The guard's verdict. */
    public enum Status {
        /** Everything checked fits. */
        PASSED,
        /** Problems were found and, in warn mode, logged; the application may start. */
        WARNED,
        /** Problems were found; {@link SchemaGuard#check} threw. */
        FAILED,
        /** The emergency bypass was on: nothing was checked. */
        BYPASSED
    }

    /** Whether the application may start. */
    public boolean compatible() {
        return status != Status.FAILED;
    }

    /** A multi-line text for the start-up log and the exception: a headline, then one line per problem. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        switch (status) {
            case PASSED -> text.append("schema guard passed: ").append(database).append(checkedSummary());
            case BYPASSED -> text.append("SCHEMA GUARD BYPASSED by ").append(bypass).append(": the schema version and"
                    + " the contract were NOT checked against ").append(database);
            default -> text.append("schema guard: ").append(database).append(" is not compatible with this application (")
                    .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(")")
                    .append(status != Status.WARNED ? ""
                            : report != null && !report.failed() ? "; nothing that fails: starting"
                            : "; warn mode: starting anyway");
        }
        for (GuardProblem problem : problems) {
            text.append("\n  ").append(problem.render());
        }
        return text.toString();
    }

    private String checkedSummary() {
        List<String> parts = new ArrayList<>();
        if (databaseVersion != null) {
            parts.add("schema version " + databaseVersion + (requiredVersion == null ? "" : " (needs " + requiredVersion + ")"));
        }
        if (contract != null) {
            parts.add(objectsCompared + " objects match " + contract + (strict ? " (strict)" : " (partial)"));
        }
        return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
    }

    /** The health document: status, versions and problems, as JSON. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", status.name().toLowerCase(Locale.ROOT));
        json.put("compatible", compatible());
        json.put("database", database);
        json.put("requiredVersion", requiredVersion == null ? null : requiredVersion.toString());
        json.put("databaseVersion", databaseVersion == null ? null : databaseVersion.toString());
        json.put("versionSource", versionSource);
        json.put("contract", contract);
        json.put("strict", strict);
        json.put("objectsCompared", objectsCompared);
        json.put("notVerified", notVerified);
        if (bypass != null) {
            json.put("bypass", bypass);
        }
        List<Object> list = new ArrayList<>();
        for (GuardProblem problem : problems) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", problem.code());
            entry.put("message", problem.message());
            entry.put("location", problem.location());
            list.add(entry);
        }
        json.put("problems", list);
        return Json.write(json);
    }
}
