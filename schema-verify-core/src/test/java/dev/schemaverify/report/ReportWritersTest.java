package dev.schemaverify.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format rendered from one drifted report and compared with its golden file under
 * {@code src/test/resources/report-golden/}. After a deliberate change, regenerate them with
 * {@code -Dschema-verify.updateGolden=true} and review the diff.
 */
class ReportWritersTest {
    private static final Path GOLDEN = Path.of("src/test/resources/report-golden");

    @ParameterizedTest
    @ValueSource(strings = {"console", "json", "junit", "sarif", "markdown", "html"})
    void rendersTheGoldenFile(String format) throws IOException {
        ReportWriter writer = Reports.writer(format);
        String name = writer.fileName("verify") == null ? "verify.console.txt" : writer.fileName("verify");
        String rendered = writer.render(SampleReports.report());
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("schema-verify.updateGolden")) {
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered, "golden file " + golden);
    }

    @ParameterizedTest
    @ValueSource(strings = {"console", "json", "junit", "sarif", "markdown", "html"})
    void sameReportSameBytes(String format) {
        ReportWriter writer = Reports.writer(format);
        assertEquals(writer.render(SampleReports.report()), writer.render(SampleReports.report()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"console", "json", "junit", "sarif", "markdown", "html"})
    void cleanReportSaysSo(String format) {
        String rendered = Reports.writer(format).render(SampleReports.clean());
        assertFalse(rendered.contains("error ["), rendered);
        if (!format.equals("sarif") && !format.equals("junit") && !format.equals("json")) {
            assertTrue(rendered.contains("No drift (partial): shadow database (PostgreSQL 17, 2 migrations) matches "
                    + SampleReports.CONTRACT + ": nothing compared."), rendered);
        }
    }
}
