package dev.schemaverify.access;

import dev.schemaverify.model.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One access-test file as read: the fixture rows to insert before every check, the actors whose checks
 * run under a database role, and the optional RLS matrix. Every entry keeps where it was written, so a
 * failing check or an entry that cannot run points at its line.
 *
 * @param file how the file is named in messages (relative to the project)
 * @param fixtures rows in the order they are inserted
 * @param actors the actors in file order
 * @param matrix the RLS matrix to compute, or {@code null} when the file does not ask for one
 */
public record AccessTests(String file, List<Fixture> fixtures, List<Actor> actors, Matrix matrix) {
    public AccessTests {
        Objects.requireNonNull(file, "file");
        fixtures = List.copyOf(fixtures);
        actors = List.copyOf(actors);
    }

    /** Every check of every actor, in file order. */
    public List<Check> checks() {
        return actors.stream().flatMap(a -> a.checks().stream()).toList();
    }

    /**
     * A value written in the file: literal text (or SQL NULL when {@code text} is {@code null}), or a
     * reference {@code {ref: fixture.column}} to a column of a fixture row, read back after it was
     * inserted, so generated keys can be referred to.
     */
    public record Value(String text, String refFixture, String refColumn, SourceRef source) {
        public static Value literal(String text, SourceRef source) {
            return new Value(text, null, null, source);
        }

        public boolean isRef() {
            return refFixture != null;
        }

        @Override
        public String toString() {
            return isRef() ? "{ref: " + refFixture + "." + refColumn + "}" : String.valueOf(text);
        }
    }

    /**
     * A row inserted before every check, inside that check's transaction (so it is rolled back with it).
     *
     * @param name how checks and other fixtures refer to the row
     * @param table the table, schema-qualified or found through the search path
     * @param role the role that inserts it, or {@code null} for the connection's own login (the owner)
     * @param actor the actor whose session inserts it (role and settings), or {@code null}
     * @param values column to value, in file order
     */
    public record Fixture(String name, String table, String role, String actor, Map<String, Value> values,
            SourceRef source, SourceRef tableSource) {
        public Fixture {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * Who runs a group of checks: a database role (set with {@code SET LOCAL ROLE}) and session settings.
     * JWT-style claims become {@code request.jwt.claims} (a JSON object) and {@code request.jwt.claim.<name>},
     * as PostgREST sets them, so {@code auth.uid()}-style functions see the user.
     *
     * @param role the role, or {@code null} to run as the connection's login
     * @param claims claim name to value, empty for none
     * @param settings other settings ({@code app.current_tenant}), set with {@code set_config(..., true)}
     */
    public record Actor(String name, String role, Map<String, Value> claims, Map<String, Value> settings,
            List<Check> checks, SourceRef source, SourceRef roleSource) {
        public Actor {
            claims = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(claims));
            settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
            checks = List.copyOf(checks);
        }

        /** {@code anon (role anon)}, {@code alice (role authenticated, claims sub)} for messages. */
        public String describe() {
            StringBuilder text = new StringBuilder(name).append(" (").append(role == null ? "owner" : "role " + role);
            if (!claims.isEmpty()) {
                text.append(", claims ").append(String.join(", ", claims.keySet()));
            }
            return text.append(')').toString();
        }
    }

    /**
     * The generated RLS matrix: for every table with row-level security in {@code schemas} (every schema
     * but the system ones when empty) and every role, whether select, insert, update and delete are
     * allowed, and how many rows they see or touch.
     *
     * @param roles the API roles to try (anon and authenticated unless the file says otherwise)
     * @param schemas the schemas to look in; empty: every non-system schema
     * @param pinned table to role to command to outcome, as pinned in the file; empty when not pinned
     * @param pinnedSources where each pinned table entry is written
     */
    public record Matrix(List<String> roles, List<String> schemas, Map<String, Map<String, Map<String, String>>> pinned,
            Map<String, SourceRef> pinnedSources, SourceRef source, SourceRef rolesSource) {
        public Matrix {
            roles = List.copyOf(roles);
            schemas = List.copyOf(schemas);
            pinned = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pinned));
            pinnedSources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pinnedSources));
        }

        public boolean isPinned() {
            return !pinned.isEmpty();
        }
    }
}
