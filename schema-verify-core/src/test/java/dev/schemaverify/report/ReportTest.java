package dev.schemaverify.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.api.VerifyResult;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.SourceRef;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportTest {
    private final VerifyResult result = new VerifyResult("db/schema-contract.yaml",
            "shadow database (PostgreSQL 17, 3 migrations)",
            List.of(new Finding.Missing("column", "public.profiles.avatar_url", Severity.ERROR,
                            new SourceRef("db/schema-contract.yaml", 14, 11)),
                    new Finding.Changed("policy", "public.profiles.own_rows", "using", "(auth.uid() = id)", "true",
                            Severity.ERROR, new SourceRef("db/schema-contract.yaml", 20, 11)),
                    new Finding.Changed("extension", "pgcrypto", "version", "1.3", "1.2", Severity.WARNING, null)),
            List.of(new NotVerified("domain", "public.email_address")));

    @Test
    void consoleGroupsFindingsByObjectWithCompilerStyleLines() {
        String rendered = ConsoleReport.render(result).stream()
                .map(l -> l.severity().label() + "| " + l.text())
                .collect(Collectors.joining("\n"));
        assertEquals("""
                error| Schema drift: shadow database (PostgreSQL 17, 3 migrations) differs from db/schema-contract.yaml (2 errors, 1 warning)
                error|   table public.profiles
                error|     db/schema-contract.yaml:14:11: error [missing-column] column public.profiles.avatar_url is missing
                error|     db/schema-contract.yaml:20:11: error [changed-policy] policy public.profiles.own_rows: using expected '(auth.uid() = id)', found 'true'
                error|   extension pgcrypto
                warning|     warning [changed-extension] extension pgcrypto: version expected '1.3', found '1.2'
                warning| Not verified (the contract model does not cover these yet): 1 object(s)
                warning|   domain public.email_address""", rendered);
    }

    @Test
    void jsonCarriesEveryFieldWithoutTimestamps() {
        VerifyResult one = new VerifyResult("c.yaml", "database jdbc:postgresql://db/app",
                List.of(new Finding.Changed("column", "public.\"Users\".email", "type", "text", "character varying(20)",
                        Severity.ERROR, new SourceRef("c.yaml", 3, 5))), List.of());
        assertEquals("""
                {
                  "tool": "schema-verify",
                  "format": 1,
                  "expected": "c.yaml",
                  "actual": "database jdbc:postgresql://db/app",
                  "summary": {
                    "errors": 1,
                    "warnings": 0,
                    "infos": 0,
                    "notVerified": 0
                  },
                  "findings": [
                    {
                      "code": "changed-column",
                      "severity": "error",
                      "kind": "changed",
                      "objectKind": "column",
                      "path": "public.\\"Users\\".email",
                      "property": "type",
                      "expected": "text",
                      "actual": "character varying(20)",
                      "file": "c.yaml",
                      "line": 3,
                      "column": 5,
                      "message": "column public.\\"Users\\".email: type expected 'text', found 'character varying(20)'"
                    }
                  ],
                  "notVerified": []
                }
                """, JsonReport.render(one));
    }

    @Test
    void aCleanResultSaysSoAndHowMuchItProves() {
        VerifyResult partial = new VerifyResult("c.yaml", "database x", List.of(), List.of());
        assertEquals(List.of(new ConsoleReport.Line(Severity.INFO,
                "No drift (partial): database x matches c.yaml: nothing compared.")), ConsoleReport.render(partial));
        VerifyResult strict = new VerifyResult("c.yaml", "database x", List.of(), List.of(), true, List.of(
                new VerifyResult.Compared("table", 7), new VerifyResult.Compared("column", 52),
                new VerifyResult.Compared("primary key", 7),
                new VerifyResult.Compared("index", 2), new VerifyResult.Compared("policy", 1),
                new VerifyResult.Compared("policy", 3)));
        assertEquals(List.of(new ConsoleReport.Line(Severity.INFO, "No drift (strict): database x matches c.yaml:"
                + " 7 tables, 52 columns, 7 primary keys, 2 indexes, 1 policy, 3 policies compared.")), ConsoleReport.render(strict));
    }
}
