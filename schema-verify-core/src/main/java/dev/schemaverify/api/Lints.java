package dev.schemaverify.api;

import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintOutcome;
import dev.schemaverify.lint.Linter;
import dev.schemaverify.migrate.ChangelogFiles;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.SqlScripts;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.shadow.ShadowDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The {@code lint} goal behind {@link SchemaVerifier#lint}: a shadow database, the linter, the result. */
final class Lints {
    private Lints() {
    }

    static LintResult run(SchemaVerifier verifier, LintRequest request) {
        if (!Files.exists(request.migrations())) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the migrations folder " + request.migrationsDisplay()
                    + " does not exist: lint applies the migrations to a shadow database. Point the migrations"
                    + " setting at your SQL folder (-Dschema-verify.migrations) or changelog.");
        }
        MigrationSource source = MigrationSources.forLocation(request.migrations(), request.migrationsDisplay(),
                request.migrationSettings(), false);
        source.steps(); // a misnamed or duplicate migration fails before a server starts
        List<Linter.SourceFile> files = files(request);
        if (request.target() != null) {
            return pending(verifier, request, source, files);
        }
        try (ShadowDatabase shadow = ShadowFactory.open(request.shadow());
                Connection connection = shadow.connect()) {
            long start = System.nanoTime();
            LintOutcome outcome = new Linter(options(request)).lint(connection, source, files);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new LintResult(source.describe(), "shadow database (PostgreSQL " + shadow.majorVersion() + ", "
                    + outcome.migrations() + (outcome.migrations() == 1 ? " migration)" : " migrations)"),
                    outcome.diagnostics(), outcome.checked(), outcome.notVerified(), outcome.statements(), elapsed);
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SHADOW, "the shadow database failed: " + e.getMessage(), e);
        }
    }

    /** The rules' options the request sets. */
    static LintOptions options(LintRequest request) {
        return new LintOptions(request.apiRoles(), request.tenantColumns(), request.applicationRoles());
    }

    /**
     * The request's other files the secret rule reads; missing ones are skipped. A Liquibase changelog file is
     * read too: its changesets have no text of their own, so this is where the secret rule and inline ignores
     * find it.
     */
    static List<Linter.SourceFile> files(LintRequest request) {
        List<Linter.SourceFile> files = new ArrayList<>();
        if (ChangelogFiles.isChangelog(request.migrations())) {
            files.add(new Linter.SourceFile(request.migrationsDisplay(),
                    SqlScripts.read(request.migrations(), request.migrationsDisplay())));
        }
        for (LintRequest.File file : request.files()) {
            if (Files.isRegularFile(file.path())) {
                files.add(new Linter.SourceFile(file.display(), SqlScripts.read(file.path(), file.display())));
            }
        }
        return files;
    }

    /**
     * Pre-deploy: the target's status read as {@code status} reads it, on one connection opened read-only with the
     * request's timeouts, then {@link PendingLint}.
     */
    private static LintResult pending(SchemaVerifier verifier, LintRequest request, MigrationSource source,
            List<Linter.SourceFile> files) {
        LintRequest.Target target = request.target();
        try (Connection connection = Connections.open(target.database(), line -> { },
                PendingLint.sessionOptions(target))) {
            StatusResult status = verifier.statusOn(connection, new StatusRequest(source, target.database(),
                    target.historySchema(), true));
            PendingLint.Split split = PendingLint.split(connection, source, status.status(), target.historySchema());
            return PendingLint.run(connection, target.database().displayUrl(), source, split, request, files);
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "lost the connection to "
                    + target.database().displayUrl() + ": " + e.getMessage(), e);
        }
    }
}
