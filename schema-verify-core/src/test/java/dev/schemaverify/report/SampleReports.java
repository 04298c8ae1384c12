package dev.schemaverify.report;

import dev.schemaverify.api.VerifyResult;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.model.NotVerified;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One drifted verification with every kind of finding the writers must render, shared by the writer tests. */
final class SampleReports {
    static final String CONTRACT = "src/main/resources/db/schema-contract.yaml";

    private SampleReports() {
    }

    static VerifyResult drifted() {
        List<Finding> findings = List.of(
                new Finding.Changed("column", "public.profiles.display_name", "type", "character varying(100)",
                        "character varying(80)", Severity.ERROR, at(17, 11)),
                new Finding.Missing("column", "public.profiles.avatar_url", Severity.ERROR, at(18, 11)),
                new Finding.Changed("extension", "pgcrypto", "version", "1.3", "1.2", Severity.WARNING, at(5, 3)),
                new Finding.Unexpected("table", "public.audit_log", Severity.ERROR, null),
                new Finding.Missing("index", "public.notes.notes_body_idx", Severity.ERROR, at(37, 11)),
                new Finding.Changed("function", "public.set_updated_at()", "body",
                        "BEGIN\n    NEW.updated_at := now();\n    RETURN NEW;\nEND;",
                        "BEGIN\n    IF NEW.a <> OLD.a & true THEN NEW.updated_at := now(); END IF;\n    RETURN NEW;\nEND;",
                        Severity.ERROR, at(44, 7)));
        return new VerifyResult(CONTRACT, "shadow database (PostgreSQL 17, 2 migrations)", findings,
                List.of(new NotVerified("domain", "public.email_address")),
                List.of("extension pgcrypto", "function public.set_updated_at()", "table public.notes",
                        "table public.profiles", "table public.teams"),
                Map.of("changed-extension", "warning"));
    }

    /** The drifted report with the missing index accepted by a baseline. */
    static Report report() {
        Report plain = drifted().report(ReportPolicy.DEFAULT);
        String accepted = plain.diagnostics().stream().filter(d -> d.code().equals("missing-index")).findFirst()
                .orElseThrow().fingerprint();
        return drifted().report(new ReportPolicy(Severities.NONE, new Baseline(Set.of("verify " + accepted)),
                Severity.ERROR));
    }

    static Report clean() {
        return new VerifyResult(CONTRACT, "shadow database (PostgreSQL 17, 2 migrations)", List.of(), List.of(),
                List.of("table public.profiles"), Map.of()).report(ReportPolicy.DEFAULT);
    }

    private static SourceRef at(int line, int column) {
        return new SourceRef(CONTRACT, line, column);
    }
}
