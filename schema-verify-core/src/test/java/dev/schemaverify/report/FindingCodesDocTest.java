package dev.schemaverify.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.FindingCode;
import dev.schemaverify.model.FindingCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/finding-codes.md is generated from the registry; this fails when someone forgets to regenerate it. */
class FindingCodesDocTest {
    private static final Path DOC = Path.of("../docs/finding-codes.md");

    @Test
    void theDocumentIsCurrent() throws Exception {
        String rendered = FindingCodesDoc.render();
        if (Boolean.getBoolean("schema-verify.updateGolden")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(rendered, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/finding-codes.md is stale: run ./mvnw -pl schema-verify-core test -Dtest=FindingCodesDocTest"
                        + " -Dschema-verify.updateGolden=true");
    }

    @Test
    void everyDiffKindAndHygieneCodeIsDeclaredWithHelp() {
        for (String kind : FindingCodes.OBJECT_KINDS) {
            for (String prefix : new String[] {"missing-", "unexpected-", "changed-"}) {
                assertTrue(FindingCodes.isDeclared(prefix + kind.replace(' ', '-')), prefix + kind);
            }
        }
        for (String code : new String[] {"duplicate-version", "missing-rollback", "edited-after-apply",
                "rollback-leaves-behind", "reapply-failed"}) {
            assertTrue(FindingCodes.isDeclared(code), code);
        }
        for (FindingCode code : FindingCodes.all()) {
            assertTrue(code.help().endsWith("."), code.code() + ": help is one sentence: " + code.help());
        }
        // a drift kind added later still gets help, from the same pattern
        assertEquals("The contract declares a domain that the database does not have.",
                FindingCodes.of("missing-domain").help());
    }

    /**
     * Every code a finding is made with in the main sources (a literal first argument of a migration problem
     * or rollback finding, or a literal code the rollback checker picks) is declared: a report never shows a
     * code without its help, and docs/finding-codes.md lists it.
     */
    @Test
    void everyCodeTheSourcesUseIsDeclared() throws Exception {
        Pattern made = Pattern.compile("new (?:MigrationProblem|RollbackFinding|Diagnostic|GuardProblem)\\(\\s*\"([a-z-]+)\"");
        TreeSet<String> undeclared = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = made.matcher(text);
                while (m.find()) {
                    seen++;
                    if (!FindingCodes.isDeclared(m.group(1))) {
                        undeclared.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(seen > 15, "the scan found the codes the sources use: " + seen);
        assertEquals(List.of(), List.copyOf(undeclared), "declare these in FindingCodes");
        for (String picked : List.of("up-not-reproducible", "schema-version-behind", "schema-version-conflict")) {
            assertTrue(FindingCodes.isDeclared(picked), picked);
        }
    }
}
