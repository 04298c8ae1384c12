package dev.schemaverify.model;

import java.util.Objects;

/**
 * A finding code with the one line of help that SARIF rules, the HTML report and
 * {@code docs/finding-codes.md} show for it.
 *
 * @param code what users write in {@code severities} and see in brackets: {@code missing-column}
 * @param family which goal produces it
 * @param help one sentence: what happened and what to do
 */
public record FindingCode(String code, Family family, String help) implements Comparable<FindingCode> {
    public FindingCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(help, "help");
    }

    /** The goal family a code belongs to, in the order the documentation lists them. */
    public enum Family {
        DRIFT("Schema drift (verify, diff)"),
        MIGRATION("Migration hygiene (status)"),
        ROLLBACK("Rollback check (rollback-check)"),
        GUARD("Start-up guard (SchemaGuard)"),
        PREFLIGHT("Deploy readiness (preflight)"),
        ACCESS("Access tests (access-test)"),
        LINT("Lint (lint); each rule is documented in " + Docs.url("lint-rules.md"));

        private final String title;

        Family(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    @Override
    public int compareTo(FindingCode other) {
        int byFamily = family.compareTo(other.family);
        return byFamily != 0 ? byFamily : code.compareTo(other.code);
    }
}
