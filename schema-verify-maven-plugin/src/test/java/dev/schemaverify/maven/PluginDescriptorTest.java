package dev.schemaverify.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
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
                if (before != null && !name.equals("requireRollbacks") && !name.equals("strict")
                        && !name.equals("outOfOrder") && !name.equals("contract")) {
                    assertEquals(before, description, name + " is declared twice with different meanings");
                }
            }
        }
        assertTrue(descriptions.containsKey("reports") && descriptions.containsKey("severities")
                && descriptions.containsKey("baseline") && descriptions.containsKey("failOn"));
    }
}
