package dev.schemaverify.report;

import dev.schemaverify.model.FindingCode;
import dev.schemaverify.model.FindingCodes;

/**
 * Renders {@code docs/finding-codes.md} from the registry, so the documented codes are the declared ones;
 * {@code FindingCodesDocTest} fails when the file is stale.
 */
public final class FindingCodesDoc {
    private FindingCodesDoc() {
    }

    public static String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Finding codes\n\n");
        out.append("<!-- Generated from dev.schemaverify.model.FindingCodes by FindingCodesDoc; do not edit by hand:\n")
                .append("     ./mvnw -pl schema-verify-core test -Dtest=FindingCodesDocTest -Dschema-verify.updateGolden=true -->\n\n");
        out.append("Every finding carries one of these codes. Use them in `severities` (pom or contract) to change a\n")
                .append("finding's severity or turn it `off`; a code prefix ending in `*` (`unexpected-*`) matches a family.\n")
                .append("The same one-line help is the SARIF rule help and appears in the HTML report.\n");
        FindingCode.Family family = null;
        for (FindingCode code : FindingCodes.all()) {
            if (code.family() != family) {
                family = code.family();
                out.append("\n## ").append(family.title()).append("\n\n| code | help |\n| --- | --- |\n");
            }
            out.append("| `").append(code.code()).append("` | ").append(MarkdownWriter.cell(code.help())).append(" |\n");
        }
        return out.toString();
    }
}
