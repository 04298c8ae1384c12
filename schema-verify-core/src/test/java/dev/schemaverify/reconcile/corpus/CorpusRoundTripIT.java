package dev.schemaverify.reconcile.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.schemaverify.report.ConsoleReport;
import dev.schemaverify.roundtrip.RoundTrip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * inspect, write the contract, read it back and strictly verify the same database: on every schema of the
 * corpus (each case's {@code a.sql} and {@code e.sql}) the verdict is "no drift".
 */
class CorpusRoundTripIT {
    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> inspectThenStrictVerifyFindsNothing() {
        return CorpusPair.all().stream().flatMap(pair -> Stream.of(
                dynamicTest(pair.name() + "/a.sql", () -> roundTrip(pair.name() + "-a", pair.actualSql(),
                        pair.actualDisplay())),
                dynamicTest(pair.name() + "/e.sql", () -> roundTrip(pair.name() + "-e", pair.expectedSql(),
                        pair.expectedDisplay()))));
    }

    private void roundTrip(String name, String sql, String display) throws Exception {
        String url = CorpusDatabases.create(sql, display);
        try {
            Path dir = Files.createDirectories(folder.resolve(name));
            assertEquals("", String.join("\n", RoundTrip.inspectThenVerify(url, dir).findings().stream()
                    .map(ConsoleReport::line).toList()), display);
        } finally {
            CorpusDatabases.drop(url);
        }
    }
}
