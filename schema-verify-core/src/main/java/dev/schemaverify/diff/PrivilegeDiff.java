package dev.schemaverify.diff;

import dev.schemaverify.model.DefaultPrivilege;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.Identifiers;
import dev.schemaverify.model.Severity;
import dev.schemaverify.model.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares privileges: the grants on a sequence, a routine or a schema, and a schema's default privileges.
 *
 * <p>A declared list is the whole list: a role it does not name must hold nothing, whatever the mode. A
 * function's {@code EXECUTE} for PUBLIC is granted by PostgreSQL unless revoked, so a contract that names
 * only {@code authenticated} must hear about PUBLIC; reporting it only in strict mode would pass exactly the
 * function an anonymous caller can still run. A list that is not declared ({@code null}) is not compared.
 */
final class PrivilegeDiff {
    private final List<Finding> findings;

    PrivilegeDiff(List<Finding> findings) {
        this.findings = findings;
    }

    /** Grants on the object at {@code path}; findings are {@code grant} parts under it. */
    void grants(String path, List<Grant> want, List<Grant> have, SourceRef objectSource) {
        if (want == null) {
            return;
        }
        Map<String, Grant> haveByGrantee = new LinkedHashMap<>();
        (have == null ? List.<Grant>of() : have).forEach(g -> haveByGrantee.put(g.grantee(), g));
        Map<String, Grant> wantByGrantee = new LinkedHashMap<>();
        want.forEach(g -> wantByGrantee.put(g.grantee(), g));
        for (Grant grant : want) {
            String at = path + "." + Identifiers.quote(grant.grantee());
            Grant actual = haveByGrantee.get(grant.grantee());
            SourceRef source = grant.source() != null ? grant.source() : objectSource;
            if (actual == null) {
                findings.add(new Finding.Missing("grant", at, Severity.ERROR, source));
            } else {
                grant(at, grant, actual, source);
            }
        }
        for (Grant grant : haveByGrantee.values()) {
            if (!wantByGrantee.containsKey(grant.grantee())) {
                findings.add(new Finding.Unexpected("grant", path + "." + Identifiers.quote(grant.grantee()),
                        Severity.ERROR, objectSource));
            }
        }
    }

    /** The privileges and grant options of one role on one object. */
    void grant(String path, Grant want, Grant have, SourceRef source) {
        changed(path, "grant", "privileges", list(want.privileges()), list(have.privileges()), source);
        if (want.grantable() != null) {
            changed(path, "grant", "withGrantOption", list(want.grantable()),
                    list(have.grantable() == null ? List.of() : have.grantable()), source);
        }
    }

    /** A schema's default privileges: declared ones are the whole list, as grants are. */
    void defaults(String schema, List<DefaultPrivilege> want, List<DefaultPrivilege> have, SourceRef schemaSource) {
        if (want == null) {
            return;
        }
        Map<String, DefaultPrivilege> haveByPath = new LinkedHashMap<>();
        (have == null ? List.<DefaultPrivilege>of() : have).forEach(d -> haveByPath.put(d.path(schema), d));
        Map<String, DefaultPrivilege> wantByPath = new LinkedHashMap<>();
        want.forEach(d -> wantByPath.put(d.path(schema), d));
        for (Map.Entry<String, DefaultPrivilege> entry : wantByPath.entrySet()) {
            DefaultPrivilege expected = entry.getValue();
            DefaultPrivilege actual = haveByPath.get(entry.getKey());
            SourceRef source = expected.source() != null ? expected.source() : schemaSource;
            if (actual == null) {
                findings.add(new Finding.Missing("default privilege", entry.getKey(), Severity.ERROR, source));
                continue;
            }
            changed(entry.getKey(), "default privilege", "privileges", list(expected.privileges()),
                    list(actual.privileges()), source);
            if (expected.grantable() != null) {
                changed(entry.getKey(), "default privilege", "withGrantOption", list(expected.grantable()),
                        list(actual.grantable() == null ? List.of() : actual.grantable()), source);
            }
        }
        for (String path : haveByPath.keySet()) {
            if (!wantByPath.containsKey(path)) {
                findings.add(new Finding.Unexpected("default privilege", path, Severity.ERROR, schemaSource));
            }
        }
    }

    private void changed(String path, String kind, String property, String expected, String actual, SourceRef source) {
        if (expected != null && !expected.equals(actual)) {
            findings.add(new Finding.Changed(kind, path, property, expected, actual, Severity.ERROR, source));
        }
    }

    private static String list(List<String> values) {
        return values == null ? null : "[" + String.join(", ", values) + "]";
    }
}
