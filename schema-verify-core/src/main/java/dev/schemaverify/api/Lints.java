package dev.schemaverify.api;

import dev.schemaverify.lint.LintOptions;
import dev.schemaverify.lint.LintOutcome;
import dev.schemaverify.lint.Linter;
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

    static LintResult run(LintRequest request) {
        if (!Files.exists(request.migrations())) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the migrations folder " + request.migrationsDisplay()
                    + " does not exist: lint applies the migrations to a shadow database. Point the migrations"
                    + " setting at your SQL folder (-Dschema-verify.migrations) or changelog.");
        }
        MigrationSource source = MigrationSources.forLocation(request.migrations(), request.migrationsDisplay(),
                request.migrationSettings(), false);
        source.steps(); // a misnamed or duplicate migration fails before a server starts
        List<Linter.SourceFile> files = new ArrayList<>();
        for (LintRequest.File file : request.files()) {
            if (Files.isRegularFile(file.path())) {
                files.add(new Linter.SourceFile(file.display(), SqlScripts.read(file.path(), file.display())));
            }
        }
        try (ShadowDatabase shadow = ShadowFactory.open(request.shadow());
                Connection connection = shadow.connect()) {
            long start = System.nanoTime();
            LintOutcome outcome = new Linter(new LintOptions(request.apiRoles(), request.tenantColumns(),
                    request.applicationRoles())).lint(connection, source, files);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new LintResult(source.describe(), "shadow database (PostgreSQL " + shadow.majorVersion() + ", "
                    + outcome.migrations() + (outcome.migrations() == 1 ? " migration)" : " migrations)"),
                    outcome.diagnostics(), outcome.checked(), outcome.notVerified(), outcome.statements(), elapsed);
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SHADOW, "the shadow database failed: " + e.getMessage(), e);
        }
    }
}
