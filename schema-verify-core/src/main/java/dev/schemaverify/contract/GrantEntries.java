package dev.schemaverify.contract;

import dev.schemaverify.contract.YamlMap.Entry;
import dev.schemaverify.contract.YamlMap.Located;
import dev.schemaverify.model.DefaultPrivilege;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The contract's spelling of privileges, read and written in one place: a list per role whose entries are
 * written as SQL writes them, {@code SELECT}, {@code UPDATE (email, name)}, {@code SELECT WITH GRANT OPTION}.
 * A column list is split into one entry per column, as the model keeps them.
 */
final class GrantEntries {
    static final String WITH_GRANT_OPTION = " WITH GRANT OPTION";

    private GrantEntries() {
    }

    /** One role's entries: the privileges and those of them held with the grant option. */
    record Parsed(List<String> privileges, List<String> grantable) {
    }

    /** The grants of {@code map}'s {@code key} section; {@code null} when the section is not there. */
    static List<Grant> read(Located located, YamlMap map, String key, String context, List<String> valid) {
        if (map.value(key) == null) {
            return null;
        }
        List<Grant> grants = new ArrayList<>();
        for (Entry entry : map.map(key, key + " of " + context).entries()) {
            Parsed parsed = parse(located, map, entry, "grants of " + entry.name() + " on " + context, valid, true);
            grants.add(new Grant(entry.name(), parsed.privileges(), map.source(entry), parsed.grantable()));
        }
        return grants;
    }

    /** {@code defaultPrivileges: {role: {tables: {grantee: [SELECT]}}}} of a schema. */
    static List<DefaultPrivilege> readDefaults(Located located, YamlMap schema, String context, List<String> valid) {
        if (schema.value("defaultPrivileges") == null) {
            return null;
        }
        List<DefaultPrivilege> defaults = new ArrayList<>();
        for (Entry role : schema.map("defaultPrivileges", "defaultPrivileges of " + context).entries()) {
            String roleContext = "default privileges of " + role.name() + " in " + context;
            YamlMap kinds = YamlMap.of(located, role.value(), roleContext).allow(DefaultPrivilege.OBJECTS);
            for (Entry kind : kinds.entries()) {
                YamlMap grantees = YamlMap.of(located, kind.value(), kind.name() + " of " + roleContext);
                for (Entry grantee : grantees.entries()) {
                    Parsed parsed = parse(located, grantees, grantee, "default privileges on " + kind.name() + " for "
                            + grantee.name() + " in " + context, valid, false);
                    defaults.add(new DefaultPrivilege(role.name(), kind.name(), grantee.name(), parsed.privileges(),
                            parsed.grantable(), grantees.source(grantee)));
                }
            }
        }
        return defaults;
    }

    static Parsed parse(Located located, YamlMap map, Entry entry, String what, List<String> valid, boolean columns) {
        if (!(entry.value() instanceof SequenceNode list)) {
            throw located.error(entry.value() == null ? entry.key() : entry.value(), what
                    + " must be a list such as [SELECT, INSERT], found " + Located.describe(entry.value()));
        }
        List<String> privileges = new ArrayList<>();
        List<String> grantable = new ArrayList<>();
        for (Node item : list.getValue()) {
            String text = map.text(item, what);
            if (text == null) {
                throw located.error(item, what + " holds an empty entry; write a privilege such as SELECT");
            }
            String written = text.trim().replaceAll("\\s+", " ");
            boolean withOption = written.toUpperCase(Locale.ROOT).endsWith(WITH_GRANT_OPTION);
            if (withOption) {
                written = written.substring(0, written.length() - WITH_GRANT_OPTION.length()).trim();
            }
            int open = written.indexOf('(');
            String name = (open < 0 ? written : written.substring(0, open)).trim().toUpperCase(Locale.ROOT);
            if (!valid.contains(name)) {
                throw located.error(item, "invalid privilege '" + text + "' in " + what + "; valid privileges are "
                        + String.join(", ", valid) + (columns ? ", a column privilege such as 'UPDATE (email)'" : "")
                        + ", each optionally followed by WITH GRANT OPTION");
            }
            List<String> entries = new ArrayList<>();
            if (open < 0) {
                entries.add(name);
            } else if (!columns || !written.endsWith(")")) {
                throw located.error(item, "invalid privilege '" + text + "' in " + what
                        + (columns ? "; a column privilege is written 'UPDATE (email, name)'"
                                : "; column privileges have no default privileges"));
            } else {
                for (String column : splitColumns(written.substring(open + 1, written.length() - 1))) {
                    entries.add(name + " (" + Identifiers.quote(column) + ")");
                }
            }
            privileges.addAll(entries);
            if (withOption) {
                grantable.addAll(entries);
            }
        }
        return new Parsed(privileges, grantable);
    }

    /** {@code email, "Full Name"} as the column names {@code email} and {@code Full Name}. */
    private static List<String> splitColumns(String text) {
        List<String> columns = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                columns.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        columns.add(current.toString().strip());
        return columns;
    }

    /** One role's entries as the contract writes them; with the option unknown, none is written. */
    static List<String> write(List<String> privileges, List<String> grantable) {
        List<String> items = new ArrayList<>();
        for (String privilege : privileges) {
            items.add(grantable != null && grantable.contains(privilege) ? privilege + WITH_GRANT_OPTION : privilege);
        }
        return items;
    }

    /** A grants section: role to entries, in role order. */
    static YamlEmitter.Block write(List<Grant> grants) {
        YamlEmitter.Block section = new YamlEmitter.Block();
        grants.stream().sorted(java.util.Comparator.comparing(Grant::grantee))
                .forEach(g -> section.put(g.grantee(), write(g.privileges(), g.grantable())));
        return section;
    }
}
