package dev.schemaverify.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/ci.md's workflows run the Maven commands the invoker IT {@code src/it/ci-workflows} runs, and no other:
 * each {@code invoker.goals.N} is a {@code mvn -B <goals>} line of the doc (with the URL flag where the IT
 * passes the URL property), in both the GitHub and the GitLab workflows, and every {@code mvn} line of the
 * doc's workflows is one of them. So the copyable workflows cannot rot without a build failing.
 */
class CiWorkflowsDocTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String URL_FLAG = " -Dschema-verify.url=\"$DATABASE_URL\"";
    private static final Pattern MVN_LINE = Pattern.compile("(?m)^\\s*(?:- run: |- )?(mvn -B [^\\n]*?)\\s*$");

    private static List<String> commandsTheItRuns() throws IOException {
        Properties invoker = new Properties();
        try (Reader in = Files.newBufferedReader(ROOT.resolve("src/it/ci-workflows/invoker.properties"))) {
            invoker.load(in);
        }
        List<String> commands = new ArrayList<>();
        for (int n = 1; invoker.getProperty("invoker.goals." + n) != null; n++) {
            String goals = invoker.getProperty("invoker.goals." + n).trim();
            boolean url = invoker.getProperty("invoker.userPropertiesFile." + n) != null;
            commands.add("mvn -B " + goals + (url ? URL_FLAG : ""));
        }
        return commands;
    }

    /** The {@code mvn} lines of the doc's YAML blocks, in order. */
    private static List<String> commandsOf(String section) {
        List<String> commands = new ArrayList<>();
        Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (block.find()) {
            Matcher line = MVN_LINE.matcher(block.group(1));
            while (line.find()) {
                commands.add(line.group(1));
            }
        }
        return commands;
    }

    @Test
    void theWorkflowsRunExactlyTheCommandsOfTheInvokerIt() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/ci.md"));
        List<String> tested = commandsTheItRuns();
        assertEquals(List.of("mvn -B verify", "mvn -B schema-verify:preflight" + URL_FLAG,
                "mvn -B schema-verify:migrate" + URL_FLAG, "mvn -B schema-verify:verify" + URL_FLAG), tested);

        int github = doc.indexOf("## GitHub Actions");
        int gitlab = doc.indexOf("## GitLab CI");
        int after = doc.indexOf("## What preflight checks");
        assertTrue(github > 0 && gitlab > github && after > gitlab, "the doc's sections moved");
        for (String section : List.of(doc.substring(github, gitlab), doc.substring(gitlab, after))) {
            List<String> shown = commandsOf(section);
            assertEquals(new TreeSet<>(tested), new TreeSet<>(shown), "the workflows' mvn lines");
            // the promotion runs preflight right before migrate, as the IT does
            int migrate = shown.indexOf("mvn -B schema-verify:migrate" + URL_FLAG);
            assertEquals("mvn -B schema-verify:preflight" + URL_FLAG, shown.get(migrate - 1));
        }
    }
}
