package dev.schemaverify.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.api.VerifyResult;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base Mojo's one path from parameters to outcome: reports, severities, failOn, the goal's own
 * report-only switch, baseline and writeBaseline, and the GitHub step summary. The decision itself is the
 * core's; these tests prove the parameters reach it and that the build fails once, with the core's message.
 */
class FinishTest {
    @TempDir
    Path dir;

    private TestMojo mojo;
    private final List<String> log = new ArrayList<>();

    /** A goal with nothing of its own: finish() is what is under test. */
    static final class TestMojo extends AbstractSchemaVerifyMojo {
        String summaryFile;

        @Override
        protected void doExecute() {
        }

        @Override
        String environment(String name) {
            return name.equals("GITHUB_STEP_SUMMARY") ? summaryFile : null;
        }
    }

    @BeforeEach
    void setUp() {
        mojo = new TestMojo();
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        mojo.project = project;
        mojo.reportDirectory = dir.resolve("target/schema-verify").toFile();
        mojo.reports = List.of("all");
        mojo.failOn = "ERROR";
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add("[INFO] " + content);
            }

            @Override
            public void warn(CharSequence content) {
                log.add("[WARNING] " + content);
            }

            @Override
            public void error(CharSequence content) {
                log.add("[ERROR] " + content);
            }
        });
    }

    private static VerifyResult drift() {
        return new VerifyResult("db/contract.yaml", "database jdbc:postgresql://db/app", List.of(
                new Finding.Missing("column", "public.users.email", Severity.ERROR, new SourceRef("db/contract.yaml", 9, 11)),
                new Finding.Changed("extension", "pgcrypto", "version", "1.3", "1.2", Severity.WARNING,
                        new SourceRef("db/contract.yaml", 3, 3))), List.of(), List.of("table public.users"), Map.of());
    }

    @Test
    void errorsFailOnceWithTheCoreMessageAfterEveryLineIsPrinted() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo.finish(drift(), true));
        assertEquals("schema-verify: verify failed: 1 finding at or above error (1 error, 1 warning); see the list"
                + " above or target/schema-verify/verify.html. Fix the schema or the contract db/contract.yaml.",
                e.getMessage());
        assertTrue(log.contains("[ERROR]     db/contract.yaml:9:11: error [missing-column] column public.users.email is missing"), log.toString());
        assertTrue(log.contains("[WARNING]     db/contract.yaml:3:3: warning [changed-extension] extension pgcrypto: version"
                + " expected '1.3', found '1.2'"), log.toString());
        for (String name : List.of("verify.json", "verify.junit.xml", "verify.sarif", "verify.md", "verify.html")) {
            assertTrue(Files.isRegularFile(dir.resolve("target/schema-verify").resolve(name)), name);
        }
    }

    @Test
    void severitiesAndFailOnReachTheDecision() throws Exception {
        mojo.severities = List.of("missing-column=warning");
        mojo.finish(drift(), true); // only warnings now: passes with failOn=ERROR
        mojo.failOn = "warning";
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo.finish(drift(), true));
        assertTrue(e.getMessage().startsWith("schema-verify: verify failed: 2 findings at or above warning (0 errors,"
                + " 2 warnings)"), e.getMessage());
        mojo.severities = List.of("missing-column=off", "changed-extension=info");
        mojo.finish(drift(), true);
    }

    @Test
    void theGoalsOwnSwitchOnlyReports() throws Exception {
        mojo.finish(drift(), false); // failOnDrift=false
        assertTrue(log.stream().anyMatch(l -> l.contains("error [missing-column]")));
    }

    @Test
    void reportsChoosesTheFiles() throws Exception {
        mojo.reports = List.of("json,sarif");
        mojo.failOn = "ERROR";
        assertThrows(MojoFailureException.class, () -> mojo.finish(drift(), true));
        File folder = dir.resolve("target/schema-verify").toFile();
        assertEquals(List.of("verify.json", "verify.sarif"), List.of(folder.list()).stream().sorted().toList());
        assertFalse(log.stream().anyMatch(l -> l.contains("error [missing-column]")), "no console format");
    }

    @Test
    void writeBaselineAcceptsTodaysFindingsAndTheBaselineThenPasses() throws Exception {
        mojo.writeBaseline = true;
        mojo.finish(drift(), true);
        File file = dir.resolve("schema-verify-baseline.txt").toFile();
        assertTrue(file.isFile());
        assertTrue(log.contains("[WARNING] schema-verify: wrote 2 accepted finding(s) of verify to schema-verify-baseline.txt;"
                + " builds with -Dschema-verify.baseline=schema-verify-baseline.txt fail only on findings not listed there"),
                log.toString());
        mojo.writeBaseline = false;
        mojo.baseline = file;
        assertEquals(2, mojo.finish(drift(), true).baselineCount());
    }

    @Test
    void markdownSummaryGoesToGithubStepSummary() throws Exception {
        mojo.summaryFile = dir.resolve("summary.md").toString();
        mojo.finish(drift(), false);
        assertTrue(Files.readString(dir.resolve("summary.md")).startsWith("### schema-verify verify: passed\n"));
    }

    @Test
    void badParametersAreConfigurationErrorsNamingTheFix() {
        mojo.failOn = "off";
        MojoExecutionException off = assertThrows(MojoExecutionException.class, () -> mojo.finish(drift(), true));
        assertEquals("schema-verify: failOn=off cannot be off; use ERROR, WARNING or INFO, or the goal's own switch"
                + " (failOnDrift, failOnProblems) to only report.", off.getMessage());
        mojo.failOn = "ERROR";
        mojo.baseline = dir.resolve("nope.txt").toFile();
        dev.schemaverify.model.SchemaVerifyException missing = assertThrows(
                dev.schemaverify.model.SchemaVerifyException.class, () -> mojo.finish(drift(), true));
        assertEquals("the baseline nope.txt does not exist; write it with -Dschema-verify.writeBaseline=true, or unset"
                + " schema-verify.baseline", missing.getMessage());
    }
}
