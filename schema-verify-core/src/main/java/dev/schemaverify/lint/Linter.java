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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    private static final List<String> BOOKKEEPING_TABLES =
            List.of("schema_verify_history", "databasechangelog", "databasechangeloglock", "flyway_schema_history");

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
     * Where pre-deploy lint reads the live target: a connection in a read-only session (the caller opens it
     * so, with its own lock and statement timeouts) and how messages name the target.
     */
    public record LiveTarget(Connection connection, String display) {
        public LiveTarget {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(display, "display");
        }
    }

    /**
     * Lints {@code source} applied to the empty shadow database {@code shadow}, and {@code files}.
     * Stops at a migration that fails (other than a refused {@code CONCURRENTLY}) with its SQL error, as
     * every shadow build does.
     */
    public LintOutcome lint(Connection shadow, MigrationSource source, List<SourceFile> files) {
        return run(shadow, List.of(), source.steps(), files, null);
    }

    /**
     * Pre-deploy lint: the migrations {@code target} has applied are applied to the empty shadow database
     * first, without observation (they ran already; their hazards are history), then the pending ones are
     * observed statement by statement as {@link #lint} does. Each hazard names the real table's size on the
     * target. The catalog rules read the live target's catalog (what clients reach now, hand-made changes
     * included); what the pending migrations add to the catalog is found on the shadow, as the findings its
     * catalog has after them and had not before. {@code shadow} may be {@code null} when nothing is pending.
     * The secret rule reads every migration's text, applied or not: a committed secret stays in the repository.
     */
    public LintOutcome lintPending(Connection shadow, List<MigrationStep> applied, List<MigrationStep> pending,
            List<SourceFile> files, LiveTarget target) {
        Objects.requireNonNull(target, "target");
        if (shadow == null && !pending.isEmpty()) {
            throw new IllegalArgumentException("pending migrations need a shadow database");
        }
        return run(shadow, applied, pending, files, target);
    }

    private LintOutcome run(Connection shadow, List<MigrationStep> applied, List<MigrationStep> steps,
            List<SourceFile> files, LiveTarget target) {
        ShadowObserver observer = new ShadowObserver();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Diagnostic> hazards = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<String> notVerified = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Integer> lastLines = new HashMap<>();
        int migrations = 0;
        int statements = 0;
        for (MigrationStep step : applied) {
            if (step.forwardText() != null) {
                texts.put(step.location(), step.forwardText());
            }
            if (shadow == null) {
                continue;
            }
            String skip = step.skipReason(shadow);
            if (skip != null) {
                notVerified.add("migration " + step.version() + " " + step.description() + " (applied on the target):"
                        + " not applied to the shadow database: " + skip);
            } else {
                StepTransactions.apply(shadow, step);
            }
        }
        Set<String> catalogBefore = target != null && shadow != null
                ? keys(catalogHits(shadow, null)) : Set.of();
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
                            hazards.add(diagnostic(rule, hit, group, statement.location()));
                        }
                    }
                }
            }
            for (LintRule rule : rules) {
                if (rule instanceof MigrationRule migrationRule) {
                    for (Hit hit : migrationRule.check(migration)) {
                        hazards.add(diagnostic(rule, hit, group, null));
                    }
                }
            }
        }
        if (target == null) {
            diagnostics.addAll(hazards);
            catalogRules(shadow, diagnostics, checked, notVerified);
        } else {
            // Each finding names the table's size on the target, read once for all of them.
            TargetSizes sizes = TargetSizes.read(target.connection(), hazards);
            hazards.forEach(hazard -> diagnostics.add(sizes.annotate(hazard)));
            targetCatalogRules(shadow, target, catalogBefore, diagnostics, checked, notVerified);
        }
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
        List<Diagnostic> found = catalogHits(shadow, notVerified);
        if (found != null) {
            diagnostics.addAll(found);
            checked.add("catalog of the migrated shadow database");
        }
    }

    /**
     * The catalog rules on the live target, then on the shadow those findings the pending migrations make
     * (after them and not before), each said to be made by them; one the target already has is reported once.
     */
    private void targetCatalogRules(Connection shadow, LiveTarget target, Set<String> before,
            List<Diagnostic> diagnostics, List<String> checked, List<String> notVerified) {
        List<Diagnostic> found = catalogHits(target.connection(), notVerified);
        if (found == null) {
            return;
        }
        List<Diagnostic> live = found.stream().filter(d -> !bookkeeping(d.subject())).toList();
        diagnostics.addAll(live);
        checked.add("catalog of the target " + target.display());
        if (shadow == null) {
            return;
        }
        Set<String> seen = keys(live);
        for (Diagnostic d : catalogHits(shadow, null)) {
            if (!before.contains(key(d)) && !seen.contains(key(d))) {
                diagnostics.add(new Diagnostic(d.code(), d.severity(), d.subject(), d.group(),
                        d.message() + " (after the pending migrations)", d.location()));
            }
        }
        checked.add("catalog after the pending migrations, on the shadow database");
    }

    /**
     * Every catalog rule's findings on {@code connection}, or {@code null} when no catalog rule runs; a rule
     * the options leave unchecked is named in {@code notVerified} (when given) with its reason.
     */
    private List<Diagnostic> catalogHits(Connection connection, List<String> notVerified) {
        List<Diagnostic> found = null;
        for (LintRule rule : rules) {
            if (rule instanceof CatalogRule catalogRule) {
                String reason = catalogRule.notCheckedReason(options);
                if (reason != null) {
                    if (notVerified != null) {
                        notVerified.add("lint rule " + rule.id() + ": not checked, " + reason);
                    }
                    continue;
                }
                found = found == null ? new ArrayList<>() : found;
                for (Hit hit : catalogRule.check(connection, options)) {
                    found.add(diagnostic(rule, hit, hit.subject().toString(), null));
                }
            }
        }
        return found;
    }

    /**
     * Whether a finding is about a migration tool's history or lock table (ours, Liquibase's, Flyway's, as
     * {@code InspectOptions.BOOKKEEPING_TABLES} lists them): those tables are the tools' shape, not the
     * application's (Liquibase's {@code databasechangelog} has no primary key), and the shadow never has them.
     */
    private static boolean bookkeeping(Diagnostic.Subject subject) {
        for (String part : subject.name().split("\\.")) {
            if (BOOKKEEPING_TABLES.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> keys(List<Diagnostic> diagnostics) {
        Set<String> keys = new HashSet<>();
        if (diagnostics != null) {
            diagnostics.forEach(d -> keys.add(key(d)));
        }
        return keys;
    }

    private static String key(Diagnostic d) {
        return d.code() + "\u0000" + d.subject() + "\u0000" + d.message();
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
