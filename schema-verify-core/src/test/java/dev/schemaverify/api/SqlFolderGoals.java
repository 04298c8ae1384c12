package dev.schemaverify.api;

import dev.schemaverify.migrate.MigrateResult;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.MigrationState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every goal a SQL folder is used with, run through the core's API: migrate, status, inspect of the target,
 * verify of the contract inspect wrote, rollback-check and lint. {@link SqlFolderWithoutLiquibaseIT} runs this
 * class in a class loader that has no Liquibase (and no embedded server); it must therefore name neither, nor
 * anything of the test class path but the core.
 */
public final class SqlFolderGoals {
    private SqlFolderGoals() {
    }

    /**
     * Runs the goals on {@code folder}, with {@code server} (a JDBC URL of a login that may create databases)
     * holding the target and the shadows; returns one line per goal saying what it found.
     */
    public static List<String> run(String server, String user, Path folder, Path work) throws Exception {
        // The test's JVM registered its own pgjdbc with DriverManager long ago; this loader's copy registers
        // itself when loaded, as it does first thing in a Maven build, and is removed again afterwards.
        Driver driver = (Driver) Class.forName("org.postgresql.Driver", true, SqlFolderGoals.class.getClassLoader())
                .getDeclaredConstructor().newInstance();
        DriverManager.registerDriver(driver);
        try {
            return goals(server, user, folder, work);
        } finally {
            DriverManager.deregisterDriver(driver);
        }
    }

    private static List<String> goals(String server, String user, Path folder, Path work) throws Exception {
        String targetName = "sv_no_liquibase_" + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection(server, user, null); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + targetName);
            statement.execute("CREATE DATABASE " + targetName);
        }
        DatabaseTarget target = new DatabaseTarget(server.replaceFirst("/[^/?]*(\\?|$)", "/" + targetName + "$1"), user, null);
        ShadowSettings shadow = new ShadowSettings(17, null, new DatabaseTarget(server, user, null));
        String display = "db/migration";
        MigrationSource source = MigrationSources.forLocation(folder, display);
        SchemaVerifier verifier = new SchemaVerifier();
        List<String> lines = new ArrayList<>();

        MigrateResult migrated = verifier.migrate(new MigrateRequest(source, target, null, null));
        lines.add("migrate: applied " + migrated.applied().size());

        StatusResult status = verifier.status(new StatusRequest(source, target, null, false));
        lines.add("status: applied " + status.status().in(MigrationState.APPLIED).size()
                + ", pending " + status.status().in(MigrationState.PENDING).size());

        InspectResult inspected = verifier.inspect(new InspectRequest(folder, display, target, null, List.of(),
                List.of()));
        Path contract = Files.writeString(work.resolve("schema-contract.yaml"), inspected.contractYaml());
        lines.add("inspect: " + inspected.snapshot().tables().size() + " tables");

        VerifyResult verified = verifier.verify(new VerifyRequest(contract, "schema-contract.yaml", folder, display,
                null, shadow, List.of(), true));
        lines.add("verify: " + verified.findings().size() + " findings");

        RollbackCheckResult rolledBack = verifier.rollbackCheck(new RollbackCheckRequest(folder, display, shadow, 0,
                null, true));
        lines.add("rollback-check: " + (rolledBack.passed() ? "passed" : "failed"));

        LintResult linted = verifier.lint(new LintRequest(folder, display, shadow));
        lines.add("lint: " + linted.statements() + " statements observed");
        try (Connection admin = DriverManager.getConnection(server, user, null); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE " + targetName);
        }
        return lines;
    }
}
