package dev.schemaverify.guard;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What the start-up guard checks and how it reacts.
 *
 * @param contractYaml the contract's text, or {@code null} to skip the drift check
 * @param contractDisplay how the contract is named in messages, e.g. {@code classpath:db/schema-contract.yaml}
 * @param requiredVersion the schema version the application needs, or {@code null} to skip the version check
 * @param versionQuery SQL returning one row and column, the database's schema version, for teams that keep a
 *     version row; {@code null} reads the migration history (schema-verify's, Flyway's, or Liquibase's last tag)
 * @param historySchema the schema holding the migration history tables; {@code null} for {@code public}
 * @param mode what problems do; the environment variable {@value SchemaGuard#ENVIRONMENT_VARIABLE} and the
 *     system property {@value SchemaGuard#SYSTEM_PROPERTY} override it
 * @param strict also report what the database has that the contract does not declare; {@code null} follows
 *     the contract's own {@code strict:}
 * @param schemas the schemas to inspect; empty means the schemas the contract covers
 * @param timeout the statement and lock timeout for the guard's queries
 * @param environment reads environment variables ({@code System::getenv} unless a test says otherwise)
 * @param systemProperties reads system properties ({@code System::getProperty} unless a test says otherwise)
 */
public record GuardOptions(
        String contractYaml,
        String contractDisplay,
        SchemaVersion requiredVersion,
        String versionQuery,
        String historySchema,
        GuardMode mode,
        Boolean strict,
        List<String> schemas,
        Duration timeout,
        UnaryOperator<String> environment,
        UnaryOperator<String> systemProperties) {
    public GuardOptions {
        if (contractYaml != null) {
            Objects.requireNonNull(contractDisplay, "contractDisplay");
        }
        mode = mode == null ? GuardMode.FAIL : mode;
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        environment = environment == null ? System::getenv : environment;
        systemProperties = systemProperties == null ? System::getProperty : systemProperties;
    }

    /** No contract and no version yet; add them with the {@code with...} methods. */
    public static GuardOptions defaults() {
        return new GuardOptions(null, null, null, null, null, GuardMode.FAIL, null, List.of(), null, null, null);
    }

    /** The contract packaged with the application, e.g. {@code db/schema-contract.yaml}. */
    public GuardOptions withClasspathContract(String resource) {
        String name = resource.startsWith("classpath:") ? resource.substring("classpath:".length()) : resource;
        name = name.startsWith("/") ? name.substring(1) : name;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = GuardOptions.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the schema contract classpath:" + name
                        + " is not on the class path; package it with the application (e.g. under"
                        + " src/main/resources/" + name + ") or name another resource");
            }
            return withContract(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + name, e);
        }
    }

    /** A contract file on disk. */
    public GuardOptions withContractFile(Path file) {
        try {
            return withContract(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.IO, "cannot read the schema contract " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** A contract's text, named {@code display} in messages. */
    public GuardOptions withContract(String yaml, String display) {
        return new GuardOptions(yaml, display, requiredVersion, versionQuery, historySchema, mode, strict, schemas,
                timeout, environment, systemProperties);
    }

    /** The schema version the application needs, e.g. {@code 1.4.0}. */
    public GuardOptions withRequiredVersion(String version) {
        return new GuardOptions(contractYaml, contractDisplay, SchemaVersion.parse(version), versionQuery,
                historySchema, mode, strict, schemas, timeout, environment, systemProperties);
    }

    /** Reads the database's version with this query instead of the migration history. */
    public GuardOptions withVersionQuery(String sql) {
        return new GuardOptions(contractYaml, contractDisplay, requiredVersion, sql, historySchema, mode, strict,
                schemas, timeout, environment, systemProperties);
    }

    public GuardOptions withHistorySchema(String schema) {
        return new GuardOptions(contractYaml, contractDisplay, requiredVersion, versionQuery, schema, mode, strict,
                schemas, timeout, environment, systemProperties);
    }

    public GuardOptions withMode(GuardMode newMode) {
        return new GuardOptions(contractYaml, contractDisplay, requiredVersion, versionQuery, historySchema, newMode,
                strict, schemas, timeout, environment, systemProperties);
    }

    public GuardOptions withStrict(boolean value) {
        return new GuardOptions(contractYaml, contractDisplay, requiredVersion, versionQuery, historySchema, mode,
                value, schemas, timeout, environment, systemProperties);
    }

    public GuardOptions withTimeout(Duration value) {
        return new GuardOptions(contractYaml, contractDisplay, requiredVersion, versionQuery, historySchema, mode,
                strict, schemas, value, environment, systemProperties);
    }

    /** Where the bypass switches are read from; tests pass maps instead of the real process environment. */
    public GuardOptions withSwitches(UnaryOperator<String> env, UnaryOperator<String> properties) {
        return new GuardOptions(contractYaml, contractDisplay, requiredVersion, versionQuery, historySchema, mode,
                strict, schemas, timeout, env, properties);
    }
}
