package dev.schemaverify.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The fast composer of written contracts builds exactly the tree SnakeYAML builds (kinds, tags, values,
 * 1-based positions), or gives up so that SnakeYAML reads the document.
 */
class WrittenYamlTest {

    @Test
    void composesWhatTheWriterWritesAsSnakeYamlDoes() {
        String yaml = new ContractWriter().write(ContractWriterTest.rich());
        Node fast = WrittenYaml.compose(yaml, "c.yaml");
        assertNotNull(fast, "the writer's own output is in the fast composer's shape:\n" + yaml);
        assertEquals(render(snake(yaml)), render(fast));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "contract: 1\nschemas:\n  public:\n    tables:\n      t: {columns: {id: {type: uuid, nullable: false}}}\n",
        "# head\ncontract: 1\n\nstrict: true\nschemas:\n  \"Odd Schema\":\n    owner: 'it''s'\n",
        "a:\n  b: [x, \"y z\", 'q', -5, 1.5, null, ~, true, 2024-01-01]\n  c: {}\n  d: []\n",
        "a:\n  body: |\n    line one\n\n      indented\n    last\n  next: x\n",
        "a:\n  body: |-\n    no break\n  keep: |+\n    kept\n\n\n  after: 1\n",
        "a:\n  body: |2-\n      starts indented\n    second\n",
        "a:\n  s: \"tab\\there \\\"q\\\" back\\\\slash \\u00e9 \\U0001F600\"\n",
        "a:\n  v: (tenant_id = (NULLIF(current_setting('x'::text, true), ''::text))::uuid)\n",
        "a:\n  k: {type: timestamp with time zone, default: now(), min: -9223372036854775808}\n",
        "été: 1\nclé: {ä: ö}\n",
        "a:\n  last: |\n    end of file\n",
    })
    void agreesWithSnakeYaml(String yaml) {
        Node fast = WrittenYaml.compose(yaml, "c.yaml");
        assertNotNull(fast, yaml);
        assertEquals(render(snake(yaml)), render(fast), yaml);
    }

    @Test
    void identifierWordsAreStringsExactlyWhereSnakeYamlsResolverSaysSo() {
        Resolver resolver = new Resolver();
        List<String> words = new ArrayList<>(List.of("tenant_id", "t1", "_x", "x_", "name", "nullable",
                "onx", "o", "f", "t", "True_", "offset", "e1", "E5", "inf", "nan", "NaN", "Infinity", "x1e5", "nO",
                "Nul", "nulls", "falsey", "yess", "OFF1", "timestamptz", "uuid", "on_delete", "Z"));
        for (String base : List.of("y", "n", "yes", "no", "true", "false", "on", "off", "null")) {
            for (int mask = 0; mask < 1 << base.length(); mask++) {
                StringBuilder variant = new StringBuilder();
                for (int i = 0; i < base.length(); i++) {
                    char c = base.charAt(i);
                    variant.append((mask & 1 << i) != 0 ? Character.toUpperCase(c) : c);
                }
                words.add(variant.toString());
            }
        }
        int strings = 0;
        for (String word : words) {
            boolean snakeSaysString = resolver.resolve(NodeId.scalar, word, true).equals(Tag.STR);
            if (WrittenYaml.word(word)) {
                assertTrue(snakeSaysString, word + " is taken for a string without the resolver, which says otherwise");
                strings++;
            }
        }
        assertFalse(WrittenYaml.word("true") || WrittenYaml.word("Off") || WrittenYaml.word("NULL") || WrittenYaml.word("n"));
        assertEquals(28, strings, "the plain identifiers of the list (all but nO), none of the words");
    }

    /** Outside the emitter's shape: SnakeYAML reads these (or reports their errors). */
    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "a:\n  - x\n  - y\n",
        "a: &anchor 1\nb: *anchor\n",
        "a: !!str 1\n",
        "a: x # trailing comment\n",
        "a: plain\n  continued\n",
        "a: {b: 1,\n  c: 2}\n",
        "a:\tb\n",
        "---\na: 1\n",
        "a: \"open\n  quote\"\n",
        "a: \"\\x41\"\n",
        "? complex\n: key\n",
        "a:\n",
        "a: b: c\n",
        "a:\n    b: 1\n  c: 2\n",
    })
    void givesUpOutsideItsShape(String yaml) {
        assertNull(WrittenYaml.compose(yaml, "c.yaml"), yaml);
    }

    @Test
    void composesTheFormatDocumentationsExampleAsSnakeYamlDoes() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "contract-format.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```\n", start));
        Node fast = WrittenYaml.compose(example, "c.yaml");
        if (fast != null) {
            assertEquals(render(snake(example)), render(fast));
        }
        String written = new ContractWriter().write(new ContractReader().read(example, "c.yaml").expected());
        assertEquals(render(snake(written)), render(WrittenYaml.compose(written, "c.yaml")));
    }

    private static Node snake(String yaml) {
        return new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    }

    /** Every node as {@code line:column kind tag value}, depth first. */
    private static List<String> render(Node node) {
        List<String> out = new ArrayList<>();
        render(node, "", out);
        return out;
    }

    private static void render(Node node, String indent, List<String> out) {
        String at = (node.getStartMark().getLine() + 1) + ":" + (node.getStartMark().getColumn() + 1);
        if (node instanceof ScalarNode scalar) {
            out.add(indent + at + " scalar " + scalar.getTag() + " " + scalar.getScalarStyle() + " "
                    + scalar.getValue().replace("\n", "\\n"));
        } else if (node instanceof SequenceNode sequence) {
            out.add(indent + at + " sequence " + sequence.getTag());
            sequence.getValue().forEach(item -> render(item, indent + "  ", out));
        } else {
            MappingNode mapping = (MappingNode) node;
            out.add(indent + at + " mapping " + mapping.getTag());
            for (NodeTuple tuple : mapping.getValue()) {
                render(tuple.getKeyNode(), indent + "  ", out);
                render(tuple.getValueNode(), indent + "    ", out);
            }
        }
    }
}
