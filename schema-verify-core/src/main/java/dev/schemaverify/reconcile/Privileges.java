package dev.schemaverify.reconcile;

import dev.schemaverify.model.DefaultPrivilege;
import dev.schemaverify.model.Grant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GRANT and REVOKE statements that take one role's privileges on one object from what it holds to what it
 * should hold, and the same for {@code ALTER DEFAULT PRIVILEGES}. Each statement is idempotent by nature:
 * granting a held privilege and revoking a missing one are no-ops in PostgreSQL.
 */
final class Privileges {
    private Privileges() {
    }

    /**
     * From {@code old} (null: the role holds nothing) to {@code want} (null: nothing) on {@code on}, e.g.
     * {@code TABLE public.t} or {@code FUNCTION public.f(integer)}.
     */
    static List<String> sync(String on, String grantee, Grant old, Grant want) {
        List<String> held = old == null ? List.of() : old.privileges();
        List<String> heldOption = old == null || old.grantable() == null ? List.of() : old.grantable();
        List<String> wanted = want == null ? List.of() : want.privileges();
        // undeclared grant options keep what the role has
        List<String> wantedOption = want == null ? List.of()
                : want.grantable() != null ? want.grantable()
                        : heldOption.stream().filter(wanted::contains).toList();
        List<String> statements = new ArrayList<>();
        String role = Sql.role(grantee);
        List<String> revoke = held.stream().filter(p -> !wanted.contains(p)).toList();
        if (!revoke.isEmpty()) {
            statements.add("REVOKE " + String.join(", ", revoke) + " ON " + on + " FROM " + role);
        }
        List<String> dropOption = heldOption.stream().filter(p -> wanted.contains(p) && !wantedOption.contains(p)).toList();
        if (!dropOption.isEmpty()) {
            statements.add("REVOKE GRANT OPTION FOR " + String.join(", ", dropOption) + " ON " + on + " FROM " + role);
        }
        List<String> give = wanted.stream().filter(p -> !held.contains(p) && !wantedOption.contains(p)).toList();
        if (!give.isEmpty()) {
            statements.add("GRANT " + String.join(", ", give) + " ON " + on + " TO " + role);
        }
        List<String> giveOption = wantedOption.stream().filter(p -> !heldOption.contains(p)).toList();
        if (!giveOption.isEmpty()) {
            statements.add("GRANT " + String.join(", ", giveOption) + " ON " + on + " TO " + role + " WITH GRANT OPTION");
        }
        return statements;
    }

    /** Every role of {@code old} and {@code want}, each taken from the one to the other. */
    static List<String> syncAll(String on, List<Grant> old, List<Grant> want) {
        List<String> grantees = new ArrayList<>();
        (old == null ? List.<Grant>of() : old).forEach(g -> grantees.add(g.grantee()));
        (want == null ? List.<Grant>of() : want).forEach(g -> {
            if (!grantees.contains(g.grantee())) {
                grantees.add(g.grantee());
            }
        });
        grantees.sort(null);
        List<String> statements = new ArrayList<>();
        for (String grantee : grantees) {
            statements.addAll(sync(on, grantee, find(old, grantee), find(want, grantee)));
        }
        return statements;
    }

    static Grant find(List<Grant> grants, String grantee) {
        if (grants == null) {
            return null;
        }
        return grants.stream().filter(g -> g.grantee().equals(grantee)).findFirst().orElse(null);
    }

    /** {@code ALTER DEFAULT PRIVILEGES FOR ROLE r IN SCHEMA s} from {@code old} to {@code want} (either may be null). */
    static List<String> defaults(String schema, DefaultPrivilege old, DefaultPrivilege want) {
        DefaultPrivilege any = want != null ? want : old;
        String head = "ALTER DEFAULT PRIVILEGES FOR ROLE " + Sql.id(any.role()) + " IN SCHEMA " + Sql.id(schema) + " ";
        Grant from = old == null ? null : new Grant(old.grantee(), old.privileges(), null, old.grantable());
        Grant to = want == null ? null : new Grant(want.grantee(), want.privileges(), null, want.grantable());
        // after the head, a default privilege reads as a grant "ON TABLES"
        return sync(any.objects().toUpperCase(Locale.ROOT), any.grantee(), from, to).stream().map(s -> head + s).toList();
    }
}
