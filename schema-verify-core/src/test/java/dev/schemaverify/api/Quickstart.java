package dev.schemaverify.api;

import dev.schemaverify.diff.Finding;
import dev.schemaverify.report.ConsoleReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The realistic example project, {@code examples/quickstart}: its eight migrations and its hand-edited
 * contract. Tests read them in place, so the example and the tests cannot drift apart.
 */
public final class Quickstart {
    public static final String CONTRACT_DISPLAY = "db/schema-contract.yaml";
    public static final String MIGRATIONS_DISPLAY = "db/migration";

    private Quickstart() {
    }

    /** {@code examples/quickstart/src/main/resources/db}, found from the module's basedir upwards. */
    public static Path resources() {
        Path start = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/quickstart/src/main/resources/db");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/quickstart not found above " + start
                + "; run the tests from the schema-verify checkout (mvn verify)");
    }

    public static Path migrations() {
        return resources().resolve("migration");
    }

    public static Path contract() {
        return resources().resolve("schema-contract.yaml");
    }

    /** Findings as the console prints them, so assertions read like the build log. */
    static List<String> lines(List<Finding> findings) {
        return findings.stream().map(ConsoleReport::line).toList();
    }
}
