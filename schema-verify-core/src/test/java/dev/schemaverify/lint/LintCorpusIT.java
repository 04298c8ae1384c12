package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.api.MigrationSources;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The lint corpus, {@code src/test/resources/lint-corpus/<NN-case>/}: a Flyway folder of migrations and
 * {@code expected.txt}, the exact findings (one rendered line each, files named {@code <NN-case>/V2__x.sql};
 * empty for a safe form). Each case runs on a fresh database of the test server. {@code -Dcorpus.only=<regex>}
 * selects cases; {@code -Dschema-verify.updateGolden=true} rewrites the expected files (review the diff).
 * A case may hold {@code lint.properties} with the options it lints with ({@code apiRoles},
 * {@code tenantColumns}, {@code applicationRoles}, comma separated); without it the defaults apply.
 */
class LintCorpusIT {
    private static final Path CORPUS = Path.of("src/test/resources/lint-corpus");

    @TestFactory
    Stream<DynamicTest> everyCaseFindsExactlyWhatItExpects() throws Exception {
        String only = System.getProperty("corpus.only", ".*");
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CORPUS)) {
            folders.filter(Files::isDirectory).filter(f -> f.getFileName().toString().matches(only)).sorted()
                    .forEach(cases::add);
        }
        assertTrue(only.equals(".*") ? cases.size() >= 60 : !cases.isEmpty(), "corpus cases: " + cases.size());
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
    }

    private static void check(Path folder) throws Exception {
        String name = folder.getFileName().toString();
        List<String> found;
        try (Connection connection = TestDatabases.connect(TestDatabases.createDatabase("corpus"))) {
            found = new Linter(options(folder)).lint(connection, MigrationSources.forFolder(folder, name), List.of())
                    .diagnostics().stream().sorted().map(Diagnostic::line).toList();
        }
        Path expected = folder.resolve("expected.txt");
        String rendered = found.isEmpty() ? "" : String.join("\n", found) + "\n";
        if (Boolean.getBoolean("schema-verify.updateGolden")) {
            Files.writeString(expected, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), rendered, name);
    }

    private static LintOptions options(Path folder) throws java.io.IOException {
        Path file = folder.resolve("lint.properties");
        if (!Files.exists(file)) {
            return LintOptions.defaults();
        }
        java.util.Properties properties = new java.util.Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new LintOptions(names(properties, "apiRoles"), names(properties, "tenantColumns"),
                names(properties, "applicationRoles"));
    }

    private static List<String> names(java.util.Properties properties, String key) {
        String value = properties.getProperty(key, "");
        return java.util.Arrays.stream(value.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
    }
}
