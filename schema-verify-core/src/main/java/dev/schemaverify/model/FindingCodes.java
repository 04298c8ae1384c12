package dev.schemaverify.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every finding code, declared once with its help. Drift codes are {@code missing-}, {@code unexpected-}
 * and {@code changed-} followed by the object kind; the others are listed one by one. Reports, SARIF rules
 * and {@code docs/finding-codes.md} (generated, and a test fails when it is stale) read this registry.
 */
public final class FindingCodes {
    /** Object kinds the diff compares, as users call them; a drift code is a prefix plus the kind. */
    public static final List<String> OBJECT_KINDS = List.of("extension", "schema", "table", "column", "primary key",
            "unique constraint", "foreign key", "check constraint", "index", "policy", "trigger", "function",
            "procedure", "view", "materialized view", "sequence", "enum", "grant", "default privilege");

    private static final Map<String, FindingCode> CODES = new TreeMap<>();

    static {
        for (String kind : OBJECT_KINDS) {
            drift(kind);
        }
        migration("duplicate-version", "Two migration files claim the same version; give one of them a new version.");
        migration("duplicate-changeset", "Two Liquibase changesets share one id, author and file; rename one.");
        migration("unparseable-name", "A file in the migration folder does not follow any supported naming layout;"
                + " rename it (V1__name.sql, 001_name.up.sql, ...) or move it out of the folder.");
        migration("version-gap", "A version number is skipped between two migrations; often a file was forgotten.");
        migration("orphan-rollback", "A rollback file has no migration of the same version; rename or delete it.");
        migration("missing-rollback", "A migration has no rollback; add one, or set requireRollbacks=false.");
        migration("edited-after-apply", "A migration's checksum differs from the one recorded when it was applied;"
                + " restore the file, or accept the edit deliberately.");
        migration("missing-file", "The database's history records a migration whose file is gone; restore it.");
        migration("out-of-order", "A pending migration is older than the newest applied one; give it a newer version,"
                + " or allow outOfOrder.");
        migration("failed-migration", "The history records a migration that failed; repair the database and the"
                + " history before migrating again.");
        migration("unread-file", "A .sql file is not read although it sits in the migration tree (a folder-per-migration"
                + " directory reads only up.sql and down.sql); move its statements into one of them.");
        migration("unread-folder", "A sub-folder holds migrations but is not read (recursive=false); set"
                + " recursive=true or move its files up.");
        migration("forward-only", "The folder's layout has no rollbacks (a Flyway folder without undo files), so"
                + " rollbacks are not required and rollback-check has nothing to roll back; set"
                + " requireRollbacks=true to ask for them.");
        migration("rollback-name-mismatch", "A rollback's description differs from its migration's; the pair is"
                + " matched by version, so check that the rollback undoes this migration.");
        migration("changeset-filtered", "Liquibase changesets were left out by the configured contexts or labels;"
                + " the message counts them, so a filter that leaves out more than meant is visible.");
        rollback("up-failed", "The migration itself fails on the shadow database, so its rollback cannot be"
                + " checked; fix the statement named in the message.");
        rollback("up-not-reproducible", "Applied again after a correct rollback, the migration gives a different schema"
                + " than the first time (a view embedding now(), say): the rollback is fine, the migration is not"
                + " deterministic.");
        guard("schema-version-behind", "The database's schema version is older than the one the application needs;"
                + " run the migrations up to that version before starting it.");
        guard("schema-version-conflict", "The database's schema version has another major version than the one the"
                + " application needs; they are not compatible, deploy the matching application or migrate.");
        guard("schema-version-unknown", "No schema version could be read (no migration history, or one without a"
                + " version); run the migrations, or configure a versionQuery.");
        guard("schema-version-unreadable", "The version the history holds is not a semantic version"
                + " (major[.minor[.patch]]); configure a versionQuery that returns one.");
        rollback("rollback-leaves-behind", "Rolling the migration back leaves an object it created; drop it in the"
                + " rollback.");
        rollback("rollback-removes", "Rolling the migration back drops an object that existed before it; the rollback"
                + " undoes too much.");
        rollback("rollback-changes", "Rolling the migration back leaves a property different from before the"
                + " migration; restore it in the rollback.");
        rollback("reapply-differs", "Applying the migration again after its rollback gives a different schema than"
                + " the first time; the rollback leaves state the migration depends on.");
        rollback("rollback-failed", "The rollback script fails with a SQL error; fix the statement named in the"
                + " message.");
        rollback("reapply-failed", "The migration fails when applied again after its rollback; the rollback leaves"
                + " something behind that the migration then collides with.");
        // i13-preflight: deploy readiness (preflight); the status and drift codes it reports are declared above.
        preflight("slow-round-trip", "The median round trip to the target is above slowRoundTrip; every migration"
                + " statement pays it, so check the network path (region, VPN, proxy) before a long deploy.");
        preflight("server-version-differs", "The target runs another PostgreSQL major than the build's shadow"
                + " database, so the migrations were checked on a different server; set postgresVersion to the"
                + " target's major.");
        preflight("superuser-login", "The login is a superuser; deploy with a role that owns the schema, so a"
                + " mistaken migration cannot reach other databases or the server's files.");
        preflight("missing-privilege", "The login lacks a privilege migrate needs: CREATE on a schema the migrations"
                + " write into, writing the history table, or owning a table a pending migration changes; the"
                + " message names the GRANT.");
        preflight("extension-unavailable", "A pending migration creates an extension the server does not offer"
                + " (not in pg_available_extensions); install its package or ask the provider before the deploy.");
        preflight("blocking-session", "A session idle in a transaction, or in a long one, holds a lock on a table a"
                + " pending migration locks; the migration would wait behind it and queue every query of that"
                + " table. The message names the pid, application, state and since when.");
        // branch i12-access: access tests (access-test)
        access("access-check-failed", "An access check's outcome differs from its expectation (a role sees rows it"
                + " should not, a write is allowed that should be denied); the message says what happened instead.");
        access("access-test-error", "An access check, fixture or the RLS matrix could not run (an unknown role, table"
                + " or function, a fixture that does not insert, a timeout); fix the entry at the location.");
        access("access-matrix-changed", "What an API role may do on a table with row-level security differs from the"
                + " matrix pinned in the access-test file; fix the grant or policy, or pin the new matrix.");
        access("access-write-refused", "An access test that writes (a fixture, insert, update, delete, call or the RLS"
                + " matrix) was asked to run on a live database; only select checks and assertions run there.");
        access("invalid-access-test", "The access-test file is not valid; the message names the entry and what to"
                + " write instead.");
    }

    private FindingCodes() {
    }

    private static void drift(String kind) {
        String code = kind.replace(' ', '-');
        put(new FindingCode("missing-" + code, FindingCode.Family.DRIFT, "The contract declares " + article(kind)
                + " that the database does not have; create it with a migration, or remove it from the contract."));
        put(new FindingCode("unexpected-" + code, FindingCode.Family.DRIFT, "The database has " + article(kind)
                + " that the contract does not declare (strict mode); declare it, or drop it."));
        put(new FindingCode("changed-" + code, FindingCode.Family.DRIFT, "The " + kind
                + " exists, but a property differs from the contract; the message names the property and both"
                + " values."));
    }

    /** {@code a table}, {@code an index}. */
    private static String article(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static void migration(String code, String help) {
        put(new FindingCode(code, FindingCode.Family.MIGRATION, help));
    }

    private static void preflight(String code, String help) {
        put(new FindingCode(code, FindingCode.Family.PREFLIGHT, help));
    }

    private static void guard(String code, String help) {
        put(new FindingCode(code, FindingCode.Family.GUARD, help));
    }

    private static void rollback(String code, String help) {
        put(new FindingCode(code, FindingCode.Family.ROLLBACK, help));
    }

    private static void access(String code, String help) {
        put(new FindingCode(code, FindingCode.Family.ACCESS, help));
    }

    private static void put(FindingCode code) {
        if (CODES.putIfAbsent(code.code(), code) != null) {
            throw new IllegalStateException("finding code declared twice: " + code.code());
        }
    }

    /** Every declared code, by family and name. */
    public static List<FindingCode> all() {
        List<FindingCode> all = new ArrayList<>(CODES.values());
        Collections.sort(all);
        return all;
    }

    /** Whether {@code code} is declared. */
    public static boolean isDeclared(String code) {
        return CODES.containsKey(code);
    }

    /**
     * The declared code, or for a drift code of an object kind not listed yet, a help line made from the
     * same pattern, so a new object kind never produces a report without help.
     */
    public static FindingCode of(String code) {
        FindingCode declared = CODES.get(code);
        if (declared != null) {
            return declared;
        }
        for (String prefix : List.of("missing-", "unexpected-", "changed-")) {
            if (code.startsWith(prefix)) {
                String kind = code.substring(prefix.length()).replace('-', ' ');
                return new FindingCode(code, FindingCode.Family.DRIFT, switch (prefix) {
                    case "missing-" -> "The contract declares " + article(kind) + " that the database does not have.";
                    case "unexpected-" -> "The database has " + article(kind) + " that the contract does not declare.";
                    default -> "The " + kind + " exists, but a property differs from the contract.";
                });
            }
        }
        return new FindingCode(code, FindingCode.Family.DRIFT, "Finding " + code.toLowerCase(Locale.ROOT) + ".");
    }
}
