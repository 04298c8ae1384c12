package dev.schemaverify.diff;

/**
 * How to compare.
 *
 * @param strict also report objects the actual schema has that the expected one does not declare, within
 *     the schemas the expected side covers
 * @param owners compare the owners of tables, views, materialized views, routines, sequences and enum types
 *     where the expected side declares one; off by default, since the owning roles often differ between a
 *     developer's database and production (a schema's declared owner is compared either way, as it always was)
 * @param comments compare {@code COMMENT ON} texts of schemas, tables, columns, views, routines, sequences and
 *     enum types; with {@code strict}, a comment the expected side does not declare must be absent
 */
public record DiffOptions(boolean strict, boolean owners, boolean comments) {
    /** Neither owners nor comments compared. */
    public DiffOptions(boolean strict) {
        this(strict, false, false);
    }

    public static DiffOptions partial() {
        return new DiffOptions(false);
    }
}
