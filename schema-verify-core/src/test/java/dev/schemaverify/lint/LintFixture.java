package dev.schemaverify.lint;

import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Lints migrations given as text on a fresh database of the embedded test server: migration {@code i}
 * (1-based) is {@code db/V<i>__m<i>.sql}. Findings come back rendered, compiler style, sorted.
 */
final class LintFixture {
    /** What every lint without {@code applicationRoles} lists as not verified. */
    static final String RLS_NOT_FORCED_NOT_CHECKED = "lint rule rls-not-forced: not checked, no applicationRoles are"
            + " configured (-Dschema-verify.applicationRoles=<role>,...): lint cannot tell which table owners the"
            + " application connects as";

    private LintFixture() {
    }

    /** Every finding of {@code codes} (all codes when empty) for the migrations. */
    static List<String> lint(Set<String> codes, String... migrations) {
        return outcome(migrations).diagnostics().stream()
                .filter(d -> codes.isEmpty() || codes.contains(d.code()))
                .sorted().map(Diagnostic::line).toList();
    }

    /** Every finding of {@code codes} for the migrations, linted with {@code options}. */
    static List<String> lint(LintOptions options, Set<String> codes, String... migrations) {
        return outcome(options, migrations).diagnostics().stream()
                .filter(d -> codes.isEmpty() || codes.contains(d.code()))
                .sorted().map(Diagnostic::line).toList();
    }

    /** The whole outcome for the migrations. */
    static LintOutcome outcome(String... migrations) {
        return outcome(LintOptions.defaults(), migrations);
    }

    /** The whole outcome for the migrations, linted with {@code options}. */
    static LintOutcome outcome(LintOptions options, String... migrations) {
        Path folder = folder(migrations);
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("lint"))) {
            return new Linter(options).lint(connection,
                    MigrationSources.forFolder(folder, "db"), List.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Flyway folder with the migrations, in a new temporary directory. */
    static Path folder(String... migrations) {
        try {
            Path folder = Files.createTempDirectory("lint");
            for (int i = 0; i < migrations.length; i++) {
                Files.writeString(folder.resolve("V" + (i + 1) + "__m" + (i + 1) + ".sql"), migrations[i],
                        StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Observes the migrations and returns what each one's statements did. */
    static List<ObservedMigration> observe(String... migrations) {
        Path folder = folder(migrations);
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("locks"))) {
            ShadowObserver observer = new ShadowObserver();
            List<ObservedMigration> observed = new java.util.ArrayList<>();
            for (var step : MigrationSources.forFolder(folder, "db").steps()) {
                observer.startMigration(connection);
                dev.schemaverify.migrate.StepTransactions.apply(connection, step, observer);
                observed.add(observer.finishMigration(connection, step.version(), step.location(), step.transactional()));
            }
            return observed;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
