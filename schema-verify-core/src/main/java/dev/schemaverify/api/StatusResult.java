package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.migrate.MigrationStatus;
import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;
import dev.schemaverify.report.StatusTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Each migration's state in a database, and the hygiene problems found.
 *
 * @param source the migrations' description
 * @param database the database's URL without password, or {@code null} when only the files were checked
 * @param status each migration's state (no entries when only the files were checked)
 * @param problems the hygiene problems, sorted: the status's own plus pending migrations without rollback
 * @param migrations the location of every migration checked (with a database: those the status lists with a
 *     file), each a passing JUnit test case unless a problem names it
 */
public record StatusResult(String source, String database, MigrationStatus status, List<MigrationProblem> problems,
        List<String> migrations) implements GoalResult {
    public StatusResult {
        Objects.requireNonNull(status, "status");
        problems = problems.stream().sorted().toList();
        migrations = List.copyOf(migrations);
    }

    /** The result with the status's own problems. */
    public StatusResult(String source, String database, MigrationStatus status) {
        this(source, database, status, status.problems());
    }

    /** The result of a status read from a database: the migrations checked are those its entries name. */
    public StatusResult(String source, String database, MigrationStatus status, List<MigrationProblem> problems) {
        this(source, database, status, problems, status.entries().stream().filter(e -> e.location() != null)
                .map(e -> e.location()).distinct().toList());
    }

    /** The hygiene problems as a report; each migration is a checked object, the status table comes first. */
    @Override
    public Report report(ReportPolicy policy) {
        List<String> preamble = new ArrayList<>();
        String where;
        if (database == null) {
            where = "the files of " + source;
            preamble.add("schema-verify: checking " + where + " (set -Dschema-verify.url to compare with a"
                    + " database's history)");
        } else {
            where = database;
            preamble.add("schema-verify: migration status of " + database + " (" + source + ")");
            StatusTable.render(status).forEach(line -> preamble.add("  " + line));
        }
        List<String> checked = migrations.stream().map(location -> "migration " + location).toList();
        return policy.apply(Report.of("status", "migrations " + source + (database == null ? "" : " in " + database),
                "Migration problems in " + where, "No migration problems in " + where + ": "
                        + Report.plural(migrations.size(), "migration") + " checked.",
                "Fix the migrations, or set -Dschema-verify.failOnProblems=false to only report them.",
                checked, List.of(), preamble, problems.stream().map(MigrationProblem::toDiagnostic).toList()));
    }
}
