package dev.schemaverify.lint;

import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.migrate.StepTransactions;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies migrations to a shadow database statement by statement, observing each one (see
 * {@link ShadowObserver}), then runs the catalog rules on the migrated database and the secret rule on
 * every file's text. Each finding is a {@link Diagnostic} with the rule's id as its code, at the
 * statement's file, line and column; one excused by {@code -- schema-verify:ignore <rule-id> <reason>}
 * becomes an {@code ignored-finding} that names the rule and the reason.
 */
public final class Linter {
    /** SQLSTATE 25001: the statement cannot run inside a transaction block. */
    private static final String ACTIVE_TRANSACTION = "25001";

    private final LintOptions options;
    private final List<LintRule> rules;

    public Linter(LintOptions options) {
        this(options, LintRules.all());
    }

    /** A linter with only {@code rules} (tests of one rule family). */
    public Linter(LintOptions options, List<LintRule> rules) {
        this.options = Objects.requireNonNull(options, "options");
        this.rules = List.copyOf(rules);
    }

    /** A text file the secret rule reads besides the migrations: {@code pom.xml}, the contract. */
    public record SourceFile(String display, String text) {
    }

    /**
     * Lints {@code source} applied to the empty shadow database {@code shadow}, and {@code files}.
     * Stops at a migration that fails (other than a refused {@code CONCURRENTLY}) with its SQL error, as
     * every shadow build does.
     */
    public LintOutcome lint(Connection shadow, MigrationSource source, List<SourceFile> files) {
        ShadowObserver observer = new ShadowObserver();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<String> notVerified = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Integer> lastLines = new HashMap<>();
        int migrations = 0;
        int statements = 0;
        List<MigrationStep> steps = source.steps();
        for (int i = 0; i < steps.size(); i++) {
            MigrationStep step = steps.get(i);
            String skip = step.skipReason(shadow);
            String group = "migration " + step.version() + " " + step.description();
            if (skip != null) {
                notVerified.add(group + ": not applied: " + skip);
                continue;
            }
            checked.add(group);
            if (step.forwardText() != null) {
                texts.put(step.location(), step.forwardText());
            }
            observer.startMigration(shadow);
            try {
                StepTransactions.apply(shadow, step, observer);
            } catch (SchemaVerifyException e) {
                if (!ACTIVE_TRANSACTION.equals(sqlState(e))) {
                    throw e;
                }
                endAbortedBlock(shadow);
                String message = e.getMessage();
                SourceRef at = SourceRef.parse(message.substring(0, Math.max(0, message.indexOf(": "))));
                diagnostics.add(diagnostic("concurrently-in-transaction", Severity.ERROR,
                        new Diagnostic.Subject("migration", step.version()), group,
                        "PostgreSQL refuses it inside a transaction block: " + message.substring(message.indexOf(": ") + 2),
                        at));
                if (i + 1 < steps.size()) {
                    notVerified.add("migrations after " + group + " (" + (steps.size() - i - 1) + "): not linted,"
                            + " because that migration fails");
                }
                break;
            }
            migrations++;
            ObservedMigration migration = observer.finishMigration(shadow, group, step.location(), step.transactional());
            for (ObservedStatement statement : migration.statements()) {
                statements++;
                lastLines.put(statement.location().toString(), statement.lastLine());
                if (!statement.observed()) {
                    notVerified.add(statement.location() + ": " + (statement.words().isEmpty() ? "changeset"
                            : statement.verb()) + " ran outside a transaction, so its locks were not observed");
                }
                for (LintRule rule : rules) {
                    if (rule instanceof StatementRule statementRule) {
                        for (Hit hit : statementRule.check(statement)) {
                            diagnostics.add(diagnostic(rule, hit, group, statement.location()));
                        }
                    }
                }
            }
            for (LintRule rule : rules) {
                if (rule instanceof MigrationRule migrationRule) {
                    for (Hit hit : migrationRule.check(migration)) {
                        diagnostics.add(diagnostic(rule, hit, group, null));
                    }
                }
            }
        }
        catalogRules(shadow, diagnostics, checked, notVerified);
        files.forEach(file -> texts.put(file.display(), file.text()));
        for (Map.Entry<String, String> text : texts.entrySet()) {
            for (LintRule rule : rules) {
                if (rule instanceof SourceRule sourceRule) {
                    for (Hit hit : sourceRule.check(text.getKey(), text.getValue())) {
                        diagnostics.add(diagnostic(rule, hit, "file " + text.getKey(), null));
                    }
                }
            }
        }
        List<Diagnostic> excused = excuse(diagnostics, texts, lastLines);
        return new LintOutcome(excused, checked, notVerified, migrations, statements, observer.queries());
    }

    private void catalogRules(Connection shadow, List<Diagnostic> diagnostics, List<String> checked,
            List<String> notVerified) {
        boolean any = false;
        for (LintRule rule : rules) {
            if (rule instanceof CatalogRule catalogRule) {
                String reason = catalogRule.notCheckedReason(options);
                if (reason != null) {
                    notVerified.add("lint rule " + rule.id() + ": not checked, " + reason);
                    continue;
                }
                any = true;
                for (Hit hit : catalogRule.check(shadow, options)) {
                    diagnostics.add(diagnostic(rule, hit, hit.subject().toString(), null));
                }
            }
        }
        if (any) {
            checked.add("catalog of the migrated shadow database");
        }
    }

    /** Applies the inline ignores, and reports those that name no rule or give no reason. */
    private static List<Diagnostic> excuse(List<Diagnostic> diagnostics, Map<String, String> texts,
            Map<String, Integer> lastLines) {
        Map<String, InlineIgnores> ignores = new HashMap<>();
        List<Diagnostic> result = new ArrayList<>();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            InlineIgnores parsed = new InlineIgnores(text.getValue());
            ignores.put(text.getKey(), parsed);
            for (InlineIgnores.Ignore ignore : parsed.all()) {
                String problem = !LintRules.exists(ignore.rule()) ? "names no lint rule"
                        + (ignore.rule().isEmpty() ? "" : " ('" + ignore.rule() + "')")
                        : ignore.reason().isEmpty() ? "gives no reason" : null;
                if (problem != null) {
                    result.add(diagnostic("invalid-ignore", Severity.ERROR, new Diagnostic.Subject("file", text.getKey()),
                            "file " + text.getKey(), "-- schema-verify:ignore " + problem
                                    + "; write -- schema-verify:ignore <rule-id> <reason>",
                            new SourceRef(text.getKey(), ignore.line(), ignore.column())));
                }
            }
        }
        for (Diagnostic diagnostic : diagnostics) {
            SourceRef at = diagnostic.location();
            InlineIgnores file = at == null ? null : ignores.get(at.file());
            InlineIgnores.Ignore ignore = file == null || at.line() <= 0 ? null
                    : file.find(diagnostic.code(), at.line(), lastLines.getOrDefault(at.toString(), at.line()));
            if (ignore == null) {
                result.add(diagnostic);
            } else {
                result.add(new Diagnostic("ignored-finding", Severity.INFO, diagnostic.subject(), diagnostic.group(),
                        "[" + diagnostic.code() + "] " + diagnostic.message() + "; ignored inline: " + ignore.reason(),
                        at));
            }
        }
        return result;
    }

    private static Diagnostic diagnostic(LintRule rule, Hit hit, String group, SourceRef at) {
        return diagnostic(rule.id(), rule.severity(), hit.subject(), group, hit.message(),
                hit.location() != null ? hit.location() : at);
    }

    private static Diagnostic diagnostic(String code, Severity severity, Diagnostic.Subject subject, String group,
            String message, SourceRef at) {
        return new Diagnostic(code, severity, subject, group, message, at);
    }

    /** Ends the transaction block a migration's own {@code BEGIN} left open and aborted. */
    private static void endAbortedBlock(Connection shadow) {
        try (java.sql.Statement statement = shadow.createStatement()) {
            if (shadow.getAutoCommit()) {
                statement.execute("ROLLBACK");
            }
        } catch (SQLException e) {
            throw new SchemaVerifyException(dev.schemaverify.model.ErrorCode.SHADOW,
                    "could not end the failed migration's transaction on the shadow database: " + e.getMessage(), e);
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
