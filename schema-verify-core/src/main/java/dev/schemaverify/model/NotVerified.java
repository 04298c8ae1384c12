package dev.schemaverify.model;

import java.util.Objects;

/**
 * An object the database has but the model does not cover yet (a domain, a composite type, a foreign
 * table, a rule, an event trigger, a publication...). Listed so a user knows what a check does not see.
 */
public record NotVerified(String kind, String name) implements Comparable<NotVerified> {
    public NotVerified {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(NotVerified other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
