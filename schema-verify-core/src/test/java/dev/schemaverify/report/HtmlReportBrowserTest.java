package dev.schemaverify.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML report in a real headless Chromium: the rendered DOM holds the summary counts and the
 * findings, the filters work, and screenshots (desktop and phone width) are kept under
 * {@code target/report-screenshots/} for people to look at. Outside CI without a browser it skips, saying
 * how to install one; with the {@code CI} variable set it must run ({@code .ci/run} installs Chromium).
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target/report-screenshots");
    private static String browser;
    private static Path page;

    @BeforeAll
    static void findBrowserAndWritePage() throws Exception {
        browser = find("chromium", "chromium-browser", "google-chrome");
        if (browser == null) {
            String how = "no headless Chromium on PATH; install it with: apt-get install -y chromium chromium-driver";
            if (System.getenv("CI") != null) {
                fail("CI is set, so the HTML report must be checked in a browser, but there is " + how);
            }
            Assumptions.abort(how);
        }
        Files.createDirectories(OUT);
        page = OUT.resolve("verify.html").toAbsolutePath();
        Files.writeString(page, new HtmlWriter().render(SampleReports.report()), StandardCharsets.UTF_8);
    }

    @Test
    void renderedPageShowsTheCountsAndTheFindings() throws Exception {
        String dom = run("--dump-dom", page.toUri().toString());
        assertEquals("4", text(dom, "count-errors"));
        assertEquals("1", text(dom, "count-warnings"));
        assertEquals("1", text(dom, "count-baseline"));
        assertEquals("5", text(dom, "count-checked"));
        assertEquals("6", text(dom, "shown"), "the script ran and counted every finding as shown");
        assertTrue(dom.contains("column public.profiles.avatar_url is missing"), dom);
        assertTrue(dom.contains("<code class=\"loc\">src/main/resources/db/schema-contract.yaml:18:11</code>"), dom);
    }

    @Test
    void filtersHideOtherFindings() throws Exception {
        String dom = run("--dump-dom", page.toUri() + "#severity=error&code=missing-column");
        assertEquals("1", text(dom, "shown"));
        Matcher findings = Pattern.compile("<div class=\"finding\" data-severity=\"(\\w+)\" data-code=\"([\\w-]+)\"( hidden=\"\")?>")
                .matcher(dom);
        List<String> visible = new ArrayList<>();
        while (findings.find()) {
            if (findings.group(3) == null) {
                visible.add(findings.group(2));
            }
        }
        assertEquals(List.of("missing-column"), visible);
    }

    @Test
    void screenshotsForDesktopAndPhone() throws Exception {
        for (String[] size : new String[][] {{"desktop", "1200,1500"}, {"phone", "390,1400"}}) {
            Path shot = OUT.resolve("verify-" + size[0] + ".png").toAbsolutePath();
            Files.deleteIfExists(shot);
            run("--screenshot=" + shot, "--window-size=" + size[1], "--hide-scrollbars", page.toUri().toString());
            assertTrue(Files.size(shot) > 10_000, "screenshot " + shot + " was taken");
        }
    }

    /** Runs the browser headless, isolated (fresh profile, no network services), and returns its output. */
    private static String run(String... args) throws Exception {
        Path profile = Files.createTempDirectory("schema-verify-chromium");
        List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish in 90 s: " + command);
        }
        assertEquals(0, process.exitValue(), "chromium failed: " + command);
        return out;
    }

    private static String text(String dom, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(dom);
        assertTrue(m.find(), "no element #" + id);
        return m.group(1);
    }

    private static String find(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                File candidate = new File(dir, name);
                if (candidate.canExecute()) {
                    return candidate.getAbsolutePath();
                }
            }
        }
        return null;
    }
}
