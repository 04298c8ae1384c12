package dev.schemaverify.diff;

/**
 * How to compare.
 *
 * @param strict also report objects the actual schema has that the expected one does not declare, within
 *     the schemas the expected side covers
 */
public record DiffOptions(boolean strict) {
    public static DiffOptions partial() {
        return new DiffOptions(false);
    }
}
