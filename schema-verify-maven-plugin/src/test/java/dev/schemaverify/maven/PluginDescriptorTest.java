package dev.schemaverify.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The generated plugin descriptor: Maven refuses to run the plugin below the required version, which
 * must be the one the README names; every goal is thread-safe; every user property is
 * {@code schema-verify.<parameter>}, and a parameter shared by goals has one meaning.
 */
class PluginDescriptorTest {
    private static Document descriptor() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
    }

    /**
     * The parameters declared by more than one goal class, each with the reason it cannot live in a base they
     * share. Every other parameter is declared once, in the class of the goals that use it.
     */
    private static final Map<String, String> DECLARED_APART = Map.ofEntries(
            Map.entry("outOfOrder",
                    "status reports such migrations, migrate applies them, preflight reports them: one effect each"),
            Map.entry("requireRollbacks",
                    "status (no shadow) and rollback-check (a shadow goal) have no base in common"),
            Map.entry("baselineVersion", "required by baseline, optional for migrate's baselineOnMigrate"),
            Map.entry("lockWait",
                    "rollback builds a shadow as well; migrate and the history goals share one declaration"),
            Map.entry("dryRun", "migrate (history goal) and rollback (shadow goal)"),
            Map.entry("backup", "migrate (history goal) and rollback (shadow goal)"),
            Map.entry("contract", "lint scans the file for secrets; verify, diff and preflight compare against it"),
            Map.entry("compareOwners", "inspect writes owners; verify, diff and preflight compare them"),
            Map.entry("compareComments", "inspect writes comments; verify, diff and preflight compare them"),
            Map.entry("apiRoles",
                    "lint's catalog rules and preflight's lint check; their one common base, AbstractShadowMojo,"
                    + " also serves goals that lint nothing"),
            Map.entry("tenantColumns", "lint and preflight's lint check, as apiRoles"),
            Map.entry("applicationRoles", "lint and preflight's lint check, as apiRoles"));

    /** A parameter is declared in one source file, unless {@link #DECLARED_APART} says why not. */
    @Test
    void sharedParametersAreDeclaredOnce() throws Exception {
        Pattern declaration = Pattern.compile("@Parameter\\(property = \"schema-verify\\.([A-Za-z.]+)\"");
        Map<String, List<String>> declaredIn = new TreeMap<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/dev/schemaverify/maven"))) {
            for (Path source : sources.sorted().toList()) {
                Matcher matcher = declaration.matcher(Files.readString(source));
                while (matcher.find()) {
                    declaredIn.computeIfAbsent(matcher.group(1), k -> new ArrayList<>())
                            .add(source.getFileName().toString());
                }
            }
        }
        assertTrue(declaredIn.containsKey("placeholdersInDollarQuotes") && declaredIn.containsKey("reportDirectory"));
        List<String> twice = new ArrayList<>();
        declaredIn.forEach((name, files) -> {
            if (files.size() > 1 && !DECLARED_APART.containsKey(name)) {
                twice.add(name + " in " + files);
            }
        });
        assertEquals(List.of(), twice, "declare these once, in a base class of the goals that use them");
        DECLARED_APART.keySet().forEach(name -> assertTrue(declaredIn.getOrDefault(name, List.of()).size() > 1,
                name + " is declared once now: take it off DECLARED_APART"));
    }

    /**
     * Maven resolves every dependency of a plugin before each of its goals runs; Liquibase and the embedded
     * server library (with their own dependencies, about 0.4 s of every run) are added by
     * {@link OptionalLibraries} only when a goal needs them, so they must not be runtime dependencies.
     */
    @Test
    void liquibaseAndTheEmbeddedServerAreNotResolvedBeforeEveryGoal() throws Exception {
        NodeList dependencies = descriptor().getElementsByTagName("dependency");
        List<String> runtime = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            runtime.add(dependency.getElementsByTagName("groupId").item(0).getTextContent() + ":"
                    + dependency.getElementsByTagName("artifactId").item(0).getTextContent());
        }
        assertTrue(runtime.contains("dev.schemaverify:schema-verify-core"), runtime.toString());
        assertTrue(runtime.stream().noneMatch(a -> a.startsWith("org.liquibase:") || a.startsWith("io.zonky.")),
                "resolved before every goal: " + runtime);
        for (OptionalLibraries library : OptionalLibraries.values()) {
            assertTrue(library.coordinates().matches("[\\w.-]+:[\\w.-]+:\\d+(\\.\\d+)+"),
                    "the version is filled in by the build: " + library.coordinates());
        }
    }

    /**
     * Liquibase is added to the plugin's class path only for a changelog file: a SQL folder's goals (and
     * inspect of a url) run without it, which {@code SqlFolderWithoutLiquibaseIT} in the core proves they can.
     */
    @Test
    void liquibaseIsAddedOnlyWhenTheMigrationsAreAChangelogFile(@TempDir Path project) throws Exception {
        Path folder = Files.createDirectories(project.resolve("db/migration"));
        Path changelog = Files.writeString(project.resolve("db.changelog-master.yaml"), "databaseChangeLog: []\n");
        VerifyMojo verify = new VerifyMojo();
        verify.migrations = folder.toFile();
        assertFalse(verify.readsChangelog(), "a SQL folder");
        verify.migrations = changelog.toFile();
        assertTrue(verify.readsChangelog(), "a changelog");
        InspectMojo inspect = new InspectMojo();
        inspect.migrations = changelog.toFile();
        assertTrue(inspect.readsChangelog(), "inspect builds its shadow from the changelog");
        inspect.url = "jdbc:postgresql://localhost/app";
        assertFalse(inspect.readsChangelog(), "inspect of a url reads no migrations");
    }

    @Test
    void requiredMavenVersionIsTheReadmes() throws Exception {
        String required = descriptor().getElementsByTagName("requiredMavenVersion").item(0).getTextContent();
        assertEquals("3.8.7", required);
        String readme = Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains("plain `mvn` " + required + " or later"), "README names Maven " + required);
    }

    @Test
    void goalsAreThreadSafeAndPropertiesFollowOneScheme() throws Exception {
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        Map<String, String> descriptions = new HashMap<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            if (goal.equals("help")) {
                continue;
            }
            assertEquals("true", mojo.getElementsByTagName("threadSafe").item(0).getTextContent(), goal);
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int p = 0; p < parameters.getLength(); p++) {
                Element parameter = (Element) parameters.item(p);
                String name = parameter.getElementsByTagName("name").item(0).getTextContent();
                NodeList expressions = ((Element) mojo.getElementsByTagName("configuration").item(0)).getElementsByTagName(name);
                if (expressions.getLength() == 0 || !"true".equals(parameter.getElementsByTagName("editable").item(0).getTextContent())) {
                    continue;
                }
                String expression = expressions.item(0).getTextContent();
                assertEquals("${schema-verify." + name + "}", expression, goal + " " + name);
                String description = parameter.getElementsByTagName("description").item(0).getTextContent();
                String before = descriptions.putIfAbsent(name, description);
                if (before != null && !DECLARED_APART.containsKey(name)) {
                    assertEquals(before, description, name + " is declared twice with different meanings");
                }
            }
        }
        assertTrue(descriptions.containsKey("reports") && descriptions.containsKey("severities")
                && descriptions.containsKey("baseline") && descriptions.containsKey("failOn"));
    }
}
