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
        // branch i11-lint: the lint rules (one class each in dev.schemaverify.lint.rules), observed on the shadow
        lint("access-exclusive-lock", "A statement takes an ACCESS EXCLUSIVE lock on a table that existed before the"
                + " migration, so every read and write of it waits until the migration commits; use a form with a"
                + " weaker lock, or keep the migration short and set a lock_timeout.");
        lint("write-blocking-lock", "A statement takes a SHARE, SHARE ROW EXCLUSIVE or EXCLUSIVE lock on a table that"
                + " existed before the migration (adding a foreign key locks both tables), so writes to it wait"
                + " until the migration commits; keep that migration short.");
        lint("table-rewrite", "A statement rewrote a table that existed before the migration (its relfilenode changed):"
                + " on a large table that holds an ACCESS EXCLUSIVE lock for minutes; use a form PostgreSQL applies"
                + " without a rewrite.");
        lint("validation-scan", "A statement scanned a table that existed before the migration to validate a constraint"
                + " or SET NOT NULL under its lock; add the constraint NOT VALID and VALIDATE it in a later"
                + " migration (for NOT NULL, validate a CHECK (col IS NOT NULL) first).");
        lint("non-concurrent-index", "An index on a table that existed before the migration was built or dropped without"
                + " CONCURRENTLY, blocking writes (or all access, for DROP) meanwhile; use CREATE/DROP INDEX"
                + " CONCURRENTLY in a migration of its own.");
        lint("concurrently-in-transaction", "A CONCURRENTLY statement runs inside a transaction block, which PostgreSQL"
                + " refuses, or shares a migration with other statements, which then run without a transaction;"
                + " give it a migration of its own.");
        lint("missing-lock-timeout", "A migration takes a lock that blocks writes on an existing table with"
                + " lock_timeout 0, so it can queue behind a long query and stall every client behind it; SET"
                + " lock_timeout first.");
        lint("drop-table", "A migration drops a table that existed before it, with its data; make sure no client"
                + " reads it any more and the data is not needed.");
        lint("drop-column", "A migration drops a column that existed before it, with its data; running clients"
                + " that still select it fail.");
        lint("drop-sequence", "A migration drops a sequence that existed before it; defaults using it fail.");
        lint("drop-enum-value", "A migration removes a value from an enum type; rows and clients using it break.");
        lint("column-type-changed", "A migration changes an existing column's type to a narrower or incompatible"
                + " one; values may not fit and clients may read it differently.");
        lint("rename-table", "A migration renames an existing table; clients using the old name fail until they are"
                + " deployed again; add a view with the old name for the transition.");
        lint("rename-column", "A migration renames an existing column; clients using the old name fail.");
        lint("not-null-without-default", "A migration adds a NOT NULL column without a default to an existing table:"
                + " it passes on the empty shadow database but fails on any table with rows; add a default.");
        lint("delete-all-rows", "A migration runs TRUNCATE, or DELETE without WHERE, on a table; the rows are"
                + " gone everywhere it runs.");
        lint("rls-policies-but-disabled", "A table has row-level security policies but row-level security is not"
                + " enabled, so the policies do nothing; ALTER TABLE ... ENABLE ROW LEVEL SECURITY.");
        lint("rls-enabled-no-policy", "A table has row-level security enabled but no policy, so no role but its owner"
                + " sees any row; add the policies, or disable row-level security deliberately.");
        lint("api-role-without-rls", "A table is granted to an API role (apiRoles, by default anon, authenticated and"
                + " public) but has no row-level security, so that role reads or writes every row; enable it and"
                + " add policies.");
        lint("security-definer-search-path", "A SECURITY DEFINER function has no fixed search_path, so a caller can"
                + " make it run their objects with the owner's rights; add SET search_path = ... to it.");
        lint("fk-without-index", "A foreign key's columns have no index starting with them, so deletes and updates"
                + " of the referenced table scan the referencing one; index the columns.");
        lint("duplicate-index", "Two indexes of a table have the same definition; drop one, it only slows writes.");
        lint("table-without-primary-key", "A table has no primary key; replication, ORMs and row identity need one.");
        lint("extension-in-public", "An extension is installed in the public schema, where its objects mix with the"
                + " application's and a search_path change can shadow them; create it in a schema of its own.");
        lint("secret-in-source", "A password or token is written in a migration or configuration file (shown"
                + " masked); remove it, rotate it, and take it from the environment or settings.xml.");
        // branch i11-rules: the remaining security, slow-schema and secret rules of issue 11
        lint("tenant-table-without-rls", "A tenant table (a column of tenantColumns, by default tenant_id or org_id)"
                + " has no row-level security, so nothing in the database keeps tenants apart; enable it and add"
                + " policies on the column.");
        lint("tenant-policy-without-column", "A tenant table's policies never use its tenant column, so its rows are"
                + " not separated by tenant; add the column to the policies.");
        lint("always-true-write-policy", "A permissive INSERT, UPDATE, DELETE or ALL policy for an API role is"
                + " USING (true) or WITH CHECK (true), so the role writes any row; compare a column with the caller.");
        lint("grant-without-policy", "An API role is granted a command on a table with row-level security but no"
                + " policy for it applies to the role, so it gets no rows; add the policy or revoke the grant.");
        lint("policy-without-grant", "A policy names a role that has no privilege for its command on the table, so"
                + " the policy never applies; grant the privilege or drop the policy.");
        lint("security-definer-executable", "A SECURITY DEFINER function can be executed by an API role (EXECUTE is"
                + " granted to PUBLIC by default) and runs with its owner's rights; revoke EXECUTE from PUBLIC.");
        lint("view-bypasses-rls", "A view granted to an API role reads a table with row-level security with its"
                + " owner's rights (no security_invoker), bypassing the policies; set security_invoker = true.");
        lint("rls-not-forced", "A table with row-level security is owned by an application role (applicationRoles)"
                + " without FORCE ROW LEVEL SECURITY, so the application bypasses its policies; force it.");
        lint("redundant-index", "An index's columns are a leading prefix of another index's on the same table, which"
                + " serves the same queries; drop the shorter one.");
        lint("multiple-permissive-policies", "A table has several permissive policies for one role and command, each"
                + " evaluated for every row; combine them into one.");
        lint("policy-function-per-row", "A policy calls a STABLE function such as auth.uid() or current_setting()"
                + " for every row; wrap it in a sub-select, (select auth.uid()), so it runs once per statement.");
        lint("token-in-source", "An access token or API key of a well-known shape (AWS, GitHub, Stripe, Supabase,"
                + " Google, Slack) is written in a file (shown masked); revoke it and read it from the environment.");
        lint("high-entropy-secret", "A random-looking value is assigned to a name like password, secret, token or"
                + " api_key in a file (shown masked); if it is a secret, rotate it and read it from the environment.");
        lint("ignored-finding", "A lint finding excused inline with -- schema-verify:ignore <rule-id> <reason>;"
                + " listed with its reason so a reviewer sees it.");
        lint("invalid-ignore", "A -- schema-verify:ignore comment names no known rule or gives no reason; write"
                + " -- schema-verify:ignore <rule-id> <reason>.");
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

    private static void lint(String code, String help) {
        put(new FindingCode(code, FindingCode.Family.LINT, help));
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
