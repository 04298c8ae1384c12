package dev.schemaverify.model;

/** Something that belongs to one table: a column, a constraint, an index, a policy, a trigger, a grant. */
public sealed interface TablePart
        permits Column, PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint, Index, Policy, Trigger, Grant {
    /** What kind of part this is: {@code column}, {@code index}, {@code policy}. */
    String kind();

    /** The name that identifies this part within its table. */
    String name();

    /** Where it was declared, or {@code null} when read from a database. */
    SourceRef source();

    /**
     * The part's {@code COMMENT ON} text; {@code null} for none, when not declared, or for a part that carries
     * none (a grant). Compared only when comments are switched on ({@code compareComments}).
     */
    default String comment() {
        return null;
    }
}
