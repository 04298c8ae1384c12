package dev.schemaverify.report;

import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.FindingCodes;
import dev.schemaverify.model.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code <goal>.html}: one self-contained page (no network, no external CSS or script). The summary
 * comes first; findings are grouped by schema and object and can be filtered by severity and code; each
 * shows expected against found and its source location. A narrow screen stacks the cards; print expands
 * every group and hides the filters.
 */
public final class HtmlWriter implements ReportWriter {
    /** A table cell's style, inline so that pages without tables keep their bytes. */
    private static final String CELL = "border:1px solid #d8dbe0;padding:4px 10px;text-align:left";
    private static final String STYLE = """
            :root{--err:#b3261e;--warn:#8a5a00;--info:#245ea8;--ok:#1e6b34;--line:#d8dbe0;--muted:#5b6270}
            *{box-sizing:border-box}
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2129;background:#f6f7f9}
            header,main{max-width:1100px;margin:0 auto;padding:16px}
            h1{font-size:1.35em;margin:0 0 4px}
            .title{color:var(--muted);margin:0 0 12px;overflow-wrap:anywhere}
            .outcome{display:inline-block;padding:2px 10px;border-radius:12px;color:#fff;font-weight:600}
            .outcome.failed{background:var(--err)}.outcome.passed{background:var(--ok)}
            .counts{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
            .count{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 12px;min-width:110px}
            .count b{display:block;font-size:1.5em}
            .filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 12px}
            .filters label{white-space:nowrap}
            select{font:inherit;max-width:100%}
            h2{font-size:1.1em;margin:20px 0 8px;color:var(--muted)}
            details{background:#fff;border:1px solid var(--line);border-radius:8px;margin:8px 0}
            summary{cursor:pointer;padding:8px 12px;font-weight:600;overflow-wrap:anywhere}
            .finding{border-top:1px solid var(--line);padding:8px 12px}
            .finding .head{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline}
            .sev{font-size:.8em;font-weight:700;text-transform:uppercase;padding:1px 8px;border-radius:10px;color:#fff}
            .sev.error{background:var(--err)}.sev.warning{background:var(--warn)}.sev.info{background:var(--info)}
            .baseline{font-size:.8em;color:var(--muted);border:1px solid var(--line);border-radius:10px;padding:0 6px}
            code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
            .msg{margin:4px 0;overflow-wrap:anywhere}
            .loc{color:var(--muted)}
            .help{color:var(--muted);font-size:.9em;margin:2px 0}
            .values{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin-top:6px}
            .values div{min-width:0}
            pre{margin:2px 0;padding:6px 8px;background:#f1f3f6;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            .clean{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px}
            ul.plain{margin:4px 0 0 18px;padding:0}
            @media (max-width:640px){body{font-size:16px}.values{grid-template-columns:1fr}.count{flex:1 1 40%}}
            @media print{body{background:#fff}.filters{display:none}details{break-inside:avoid;border-color:#999}.finding{break-inside:avoid}.outcome{color:#000;border:1px solid #000;background:none!important}}
            """;

    /**
     * Applies the severity and code filters (preset from the link's {@code #severity=...&code=...}) and
     * opens every group for print.
     */
    private static final String SCRIPT = """
            (function(){
              var sev=document.getElementById('filter-severity'),code=document.getElementById('filter-code');
              function apply(){
                var min={info:0,warning:1,error:2}[sev.value],want=code.value;
                document.querySelectorAll('.finding').forEach(function(f){
                  var ok={info:0,warning:1,error:2}[f.dataset.severity]>=min&&(want===''||f.dataset.code===want);
                  f.hidden=!ok;
                });
                document.querySelectorAll('details.group').forEach(function(g){
                  var any=g.querySelector('.finding:not([hidden])')||!g.querySelector('.finding');
                  g.hidden=!any||(want!==''&&!g.querySelector('.finding:not([hidden])'));
                });
                var shown=document.querySelectorAll('.finding:not([hidden])').length;
                document.getElementById('shown').textContent=shown;
              }
              // a link may preset the filters: verify.html#severity=error&code=missing-column
              location.hash.replace(/^#/,'').split('&').forEach(function(kv){
                var p=kv.split('=');
                if(p[0]==='severity'&&['info','warning','error'].indexOf(p[1])>=0){sev.value=p[1];}
                if(p[0]==='code'){for(var i=0;i<code.options.length;i++){if(code.options[i].value===decodeURIComponent(p[1])){code.value=code.options[i].value;}}}
              });
              sev.addEventListener('change',apply);code.addEventListener('change',apply);
              window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
              apply();
            })();
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName(String goal) {
        return goal + ".html";
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>schema-verify ").append(Xml.escape(report.goal())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n");
        out.append("<h1>schema-verify ").append(Xml.escape(report.goal())).append(" <span id=\"outcome\" class=\"outcome ")
                .append(report.failed() ? "failed\">failed" : "passed\">passed").append("</span></h1>\n");
        out.append("<p class=\"title\">").append(Xml.escape(report.title())).append("</p>\n");
        out.append("<div class=\"counts\">\n");
        count(out, "errors", "errors", report.count(Severity.ERROR));
        count(out, "warnings", "warnings", report.count(Severity.WARNING));
        count(out, "infos", "infos", report.count(Severity.INFO));
        count(out, "baseline", "in baseline", report.baselineCount());
        count(out, "checked", "checked", report.checked().size());
        count(out, "not-verified", "not verified", report.notVerified().size());
        out.append("</div>\n");
        if (!report.diagnostics().isEmpty()) {
            out.append("<div class=\"filters\">\n<label>Severity at least <select id=\"filter-severity\">")
                    .append("<option value=\"info\">info</option><option value=\"warning\">warning</option>")
                    .append("<option value=\"error\">error</option></select></label>\n")
                    .append("<label>Code <select id=\"filter-code\"><option value=\"\">all</option>");
            for (String code : new TreeSet<>(report.diagnostics().stream().map(Diagnostic::code).toList())) {
                out.append("<option>").append(Xml.escape(code)).append("</option>");
            }
            out.append("</select></label>\n<span><span id=\"shown\">").append(String.valueOf(report.diagnostics().size()))
                    .append("</span> of ").append(String.valueOf(report.diagnostics().size())).append(" shown</span>\n</div>\n");
        }
        out.append("</header>\n<main>\n");
        for (ReportTable table : report.tables()) {
            out.append("<h2>").append(Xml.escape(table.title())).append("</h2>\n<div class=\"matrix\" style=\"overflow-x:auto\">"
                    + "<table style=\"border-collapse:collapse;background:#fff\">\n<tr>");
            for (String name : table.header()) {
                out.append("<th style=\"" + CELL + "\">").append(Xml.escape(name)).append("</th>");
            }
            out.append("</tr>\n");
            for (List<String> row : table.rows()) {
                out.append("<tr>");
                for (String cell : row) {
                    out.append("<td style=\"" + CELL + "\">").append(Xml.escape(cell)).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</table></div>\n");
        }
        if (report.diagnostics().isEmpty()) {
            out.append("<p class=\"clean\">").append(Xml.escape(report.cleanHeading() == null ? "No findings."
                    : report.cleanHeading())).append("</p>\n");
        }
        for (Map.Entry<String, List<String>> section : bySchema(report).entrySet()) {
            out.append("<h2>").append(Xml.escape(section.getKey())).append("</h2>\n");
            for (String group : section.getValue()) {
                List<Diagnostic> inGroup = report.in(group);
                out.append("<details class=\"group\"").append(inGroup.isEmpty() ? "" : " open").append(">\n<summary>")
                        .append(Xml.escape(group)).append(inGroup.isEmpty() ? " — checked, no findings"
                                : " — " + Report.plural(inGroup.size(), "finding")).append("</summary>\n");
                for (Diagnostic diagnostic : inGroup) {
                    finding(out, report, diagnostic);
                }
                out.append("</details>\n");
            }
        }
        if (!report.notVerified().isEmpty()) {
            out.append("<h2>Not verified</h2>\n<div class=\"clean\">").append(Xml.escape(Character.toUpperCase(report.notVerifiedReason().charAt(0))
                    + report.notVerifiedReason().substring(1)))
                    .append(":<ul class=\"plain\">");
            for (String object : report.notVerified()) {
                out.append("<li>").append(Xml.escape(object)).append("</li>");
            }
            out.append("</ul></div>\n");
        }
        out.append("</main>\n");
        if (!report.diagnostics().isEmpty()) {
            out.append("<script>\n").append(SCRIPT).append("</script>\n");
        }
        out.append("</body>\n</html>\n");
    }

    private static void count(Appendable out, String id, String label, long value) throws IOException {
        out.append("<div class=\"count\"><b id=\"count-").append(id).append("\">").append(String.valueOf(value))
                .append("</b>").append(label).append("</div>\n");
    }

    private static void finding(Appendable out, Report report, Diagnostic diagnostic) throws IOException {
        String severity = diagnostic.severity().label();
        out.append("<div class=\"finding\" data-severity=\"").append(severity).append("\" data-code=\"")
                .append(Xml.escape(diagnostic.code())).append("\">\n<div class=\"head\"><span class=\"sev ")
                .append(severity).append("\">").append(severity).append("</span><code>")
                .append(Xml.escape(diagnostic.code())).append("</code>");
        if (report.isBaselined(diagnostic)) {
            out.append("<span class=\"baseline\">accepted by the baseline</span>");
        }
        if (diagnostic.location() != null) {
            out.append("<code class=\"loc\">").append(Xml.escape(diagnostic.location().toString())).append("</code>");
        }
        out.append("</div>\n<p class=\"msg\">").append(Xml.escape(diagnostic.message())).append("</p>\n");
        out.append("<p class=\"help\">").append(Xml.escape(FindingCodes.of(diagnostic.code()).help())).append("</p>\n");
        if (diagnostic.expected() != null || diagnostic.actual() != null) {
            out.append("<div class=\"values\"><div>expected").append(diagnostic.property() == null ? ""
                    : " " + Xml.escape(diagnostic.property())).append("<pre>").append(value(diagnostic.expected()))
                    .append("</pre></div><div>found<pre>").append(value(diagnostic.actual())).append("</pre></div></div>\n");
        }
        out.append("</div>\n");
    }

    private static String value(String value) {
        return value == null ? "(none)" : Xml.escape(value);
    }

    /**
     * Groups under their schema ({@code table public.users} under {@code public}); groups without a
     * schema-qualified name (extensions, migrations) under the kind.
     */
    private static Map<String, List<String>> bySchema(Report report) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>(report.groups());
        groups.sort(null);
        for (String group : groups) {
            // an access check's group is its free-text name, which names no object kind (branch i12-access)
            String section = report.goal().equals("access-test") && !group.startsWith("rls matrix ")
                    && !group.startsWith("fixture ") ? "access checks" : section(group);
            sections.computeIfAbsent(section, k -> new ArrayList<>()).add(group);
        }
        return sections;
    }

    private static String section(String group) {
        int space = group.lastIndexOf(' ', group.indexOf('.') < 0 ? group.length() : group.indexOf('.'));
        String kind = space < 0 ? group : group.substring(0, space);
        String name = space < 0 ? "" : group.substring(space + 1);
        int dot = name.indexOf('.');
        if (dot > 0 && !kind.equals("migration") && !name.contains("/")) {
            return "schema " + name.substring(0, dot);
        }
        if (kind.startsWith("migration")) {
            return "migrations";
        }
        // "check server version" belongs under "checks"; a group that is a phrase ("catalog of the ...
        // database") is its own heading, not a made-up plural.
        if (group.contains(" of ")) {
            return group;
        }
        String[] words = group.split(" ");
        String twoWords = words.length > 1 ? words[0] + " " + words[1] : words[0];
        return (dev.schemaverify.model.FindingCodes.OBJECT_KINDS.contains(twoWords) ? twoWords : words[0]) + "s";
    }
}
