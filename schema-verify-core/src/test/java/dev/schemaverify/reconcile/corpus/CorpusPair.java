package dev.schemaverify.reconcile.corpus;

import dev.schemaverify.migrate.SqlScripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the reconciliation corpus, {@code src/test/resources/reconcile-corpus/<NN-case-name>/}: the
 * schema an actual database has ({@code a.sql}), the schema it should have ({@code e.sql}), a one-line
 * {@code README} saying what the case tests, and an optional {@code no-drift} marker for cases whose two
 * sides the diff must find equal (identical files, or only a column order that the diff does not compare),
 * and an optional {@code manual} file for cases the script cannot finish alone (a type PostgreSQL cannot
 * cast): one finding message a line that may remain after the script, whose plan must hold a manual step.
 */
record CorpusPair(String name, String description, String actualSql, String expectedSql, boolean noDrift,
        List<String> manual) {
    static final String ROOT = "reconcile-corpus";

    /**
     * Every case, sorted by folder name, read from the test class path; {@code -Dcorpus.only=regex} keeps
     * the cases whose folder name matches, to run a few while working on them.
     */
    static List<CorpusPair> all() {
        Path root = root();
        String only = System.getProperty("corpus.only", "");
        try (Stream<Path> folders = Files.list(root)) {
            List<CorpusPair> pairs = folders.filter(Files::isDirectory)
                    .filter(folder -> only.isEmpty() || folder.getFileName().toString().matches(only))
                    .sorted().map(CorpusPair::read).toList();
            if (pairs.isEmpty()) {
                throw new IllegalStateException("no cases under " + root);
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        URL url = CorpusPair.class.getResource("/" + ROOT);
        if (url == null) {
            throw new IllegalStateException(ROOT + " is not on the test class path; run the tests through Maven");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url + " is not a file path", e);
        }
    }

    private static CorpusPair read(Path folder) {
        String name = folder.getFileName().toString();
        String description = Files.exists(folder.resolve("README"))
                ? SqlScripts.read(folder.resolve("README"), display(name, "README")).strip()
                : "";
        return new CorpusPair(name, description,
                SqlScripts.read(folder.resolve("a.sql"), display(name, "a.sql")),
                SqlScripts.read(folder.resolve("e.sql"), display(name, "e.sql")),
                Files.exists(folder.resolve("no-drift")),
                Files.exists(folder.resolve("manual"))
                        ? SqlScripts.read(folder.resolve("manual"), display(name, "manual")).lines()
                                .map(String::strip).filter(line -> !line.isEmpty()).toList()
                        : List.of());
    }

    /** Where a file of the case lives, as errors name it. */
    static String display(String name, String file) {
        return "src/test/resources/" + ROOT + "/" + name + "/" + file;
    }

    String actualDisplay() {
        return display(name, "a.sql");
    }

    String expectedDisplay() {
        return display(name, "e.sql");
    }
}
