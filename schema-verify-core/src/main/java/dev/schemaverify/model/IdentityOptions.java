package dev.schemaverify.model;

/**
 * The sequence options of an identity column ({@code GENERATED ... AS IDENTITY (START WITH 100 ...)}).
 * The sequence itself belongs to the column and is not a {@link Sequence} of the snapshot; any option may
 * be left undeclared ({@code null}) in a contract.
 */
public record IdentityOptions(Long start, Long increment, Long minValue, Long maxValue, Long cache, Boolean cycle) {
}
