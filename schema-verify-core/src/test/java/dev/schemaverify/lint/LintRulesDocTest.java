package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.FindingCode;
import dev.schemaverify.model.FindingCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/lint-rules.md is generated from each rule class's Javadoc (its user documentation); this fails when
 * it is stale, and when a rule and the declared LINT finding codes disagree.
 */
class LintRulesDocTest {
    private static final Path DOC = Path.of("../docs/lint-rules.md");
    private static final Path RULES = Path.of("src/main/java/dev/schemaverify/lint/rules");
    private static final Set<String> LINTER_CODES = Set.of("ignored-finding", "invalid-ignore");

    /** How lint runs before a deploy ({@code url}) and on Liquibase changelogs (i11-url). */
    private static final String PRE_DEPLOY = """
            **Before a deploy** (`mvn schema-verify:lint -Dschema-verify.url=...`, and the `lint` row of `preflight`):
            only the migrations the target has not applied are linted for hazards. Its history is read as `status`
            reads it (`schema_verify_history`, Liquibase's `DATABASECHANGELOG`, or, on a target Flyway still
            manages, `flyway_schema_history`); a shadow database gets the applied migrations first, without
            observation, then the pending ones are observed statement by statement. Each hazard names the real
            table's size on the target, read for all findings in one query (`pg_class.reltuples`,
            `pg_total_relation_size`): `V42__ids.sql:3:1: error [table-rewrite] ALTER TABLE rewrites public.orders
            (12.3 M rows, 4.1 GB on the target) under an ACCESS EXCLUSIVE lock`. A hazard on a table the target
            does not have yet (an earlier pending migration creates it, so it is empty when this one runs) is
            reported as info. The catalog rules read the live target's catalog (what clients reach now, hand-made
            changes included; migration tools' history tables left out), and the catalog of the shadow after the
            pending migrations for what they add (those findings end in `(after the pending migrations)`). The secret
            rule reads every migration, applied or not. Nothing is written to the target: its session is read-only
            (`default_transaction_read_only`), with `lock_timeout` 5 s and `statement_timeout` 60 s, and each
            query is a transaction of its own, so no lock outlives it. With nothing pending the report says so:
            `0 pending migrations linted; N applied`.

            **Liquibase changelogs** (formatted SQL, YAML, XML, JSON) are linted like SQL folders: each statement
            Liquibase generates for a changeset is observed on its own and reported at the line where the changeset
            starts in its file (`db/changelog.yaml:11:1: ...`). The secret rule reads the changelog file that
            `migrations` names (not the files it includes); in a formatted SQL changelog, a
            `-- schema-verify:ignore <id> <reason>` line directly above a `--changeset` line excuses that
            changeset. XML, YAML and JSON changesets cannot be excused inline yet: set the rule's level instead.

            """;

    @Test
    void theDocumentIsCurrent() throws Exception {
        String rendered = render();
        if (Boolean.getBoolean("schema-verify.updateGolden")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(rendered, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/lint-rules.md is stale: run ./mvnw -pl schema-verify-core test -Dtest=LintRulesDocTest"
                        + " -Dschema-verify.updateGolden=true");
    }

    @Test
    void everyRuleIsADeclaredLintCodeAndEveryLintCodeARule() {
        Set<String> rules = LintRules.all().stream().map(LintRule::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> codes = FindingCodes.all().stream().filter(c -> c.family() == FindingCode.Family.LINT)
                .map(FindingCode::code).filter(c -> !LINTER_CODES.contains(c))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(codes, rules);
        for (LintRule rule : LintRules.all()) {
            assertTrue(rule.id().matches("[a-z]+(-[a-z]+)*"), rule.id() + " is kebab-case");
            String simple = rule.getClass().getSimpleName();
            assertEquals(rule.id(), simple.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT),
                    "the class is named after its id");
        }
    }

    static String render() throws Exception {
        StringBuilder out = new StringBuilder("# Lint rules\n\n"
                + "<!-- Generated from the Javadoc of each class in schema-verify-core/src/main/java/dev/schemaverify/lint/rules"
                + " by LintRulesDocTest; edit the Javadoc, then run\n"
                + "     ./mvnw -B -o -pl schema-verify-core test -Dtest=LintRulesDocTest -Dschema-verify.updateGolden=true -->\n\n"
                + "`mvn schema-verify:lint` applies the migrations to a shadow database statement by statement and"
                + " observes each one there\n(locks from `pg_locks`, rewrites from `relfilenode`, validation scans from"
                + " `pg_stat_xact_user_tables`, index builds,\ndropped and renamed objects), then checks the migrated"
                + " catalog and the files' text. A rule's id is its finding code:\nset its level with"
                + " `-Dschema-verify.severities=<id>=warning` (or `off`), and excuse one statement with a comment"
                + " on it or\ndirectly above it: `-- schema-verify:ignore <id> <reason>` (the reason is required and"
                + " shown in the report).\nTables created by the same migration are exempt from the hazard and"
                + " data-loss rules.\n\n" + PRE_DEPLOY + "| rule | default | what |\n| --- | --- | --- |\n");
        for (LintRule rule : LintRules.all()) {
            out.append("| [`").append(rule.id()).append("`](#").append(rule.id()).append(") | ")
                    .append(rule.severity().label()).append(" | ").append(rule.help()).append(" |\n");
        }
        for (LintRule rule : LintRules.all()) {
            out.append("\n## ").append(rule.id()).append("\n\nDefault: ").append(rule.severity().label())
                    .append(". ").append(kind(rule)).append("\n\n").append(javadoc(rule)).append('\n');
        }
        return out.toString();
    }

    private static String kind(LintRule rule) {
        if (rule instanceof StatementRule) {
            return "Checked for every statement of every migration.";
        }
        if (rule instanceof MigrationRule) {
            return "Checked for every migration.";
        }
        if (rule instanceof CatalogRule) {
            return "Checked on the migrated shadow database's catalog.";
        }
        return "Checked on the text of the migrations, the contract and pom.xml.";
    }

    private static String javadoc(LintRule rule) throws Exception {
        String source = Files.readString(RULES.resolve(rule.getClass().getSimpleName() + ".java"), StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("(?s)/\\*\\*(.*?)\\*/\\s*public final class").matcher(source);
        if (!matcher.find()) {
            throw new AssertionError(rule.getClass().getSimpleName() + " has no class Javadoc");
        }
        String text = List.of(matcher.group(1).split("\n")).stream()
                .map(line -> line.replaceFirst("^\\s*\\* ?", "")).collect(Collectors.joining("\n")).trim();
        text = text.replaceAll("\\{@code ([^}]*)}", "`$1`").replaceAll("\\{@link ([^}]*)}", "`$1`")
                .replace("<p>", "\n").replace("&lt;", "<").replace("&gt;", ">");
        return text.replaceAll("\n{3,}", "\n\n");
    }
}
