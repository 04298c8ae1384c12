package dev.schemaverify.model;

/**
 * A top-level object of a schema snapshot.
 *
 * <p>In a snapshot read from a contract, a {@code null} property was not declared and is not checked.
 * In a snapshot read from a database, {@code null} means the object has no such property (no default,
 * no predicate).
 */
public sealed interface SchemaObject permits Extension, Schema, EnumType, Sequence, Table, View, Routine {
    /** What kind of object this is, as users say it: {@code table}, {@code view}, {@code function}. */
    String kind();

    /** The object's path in findings, such as {@code public.users}. */
    String path();

    /** Where the object was declared, or {@code null} when it was read from a database. */
    SourceRef source();
}
