package dev.schemaverify.model;

/**
 * The sequence options of an identity column ({@code GENERATED ... AS IDENTITY (START WITH 100 ...)}).
 * The sequence itself belongs to the column and is not a {@link Sequence} of the snapshot; any option may
 * be left undeclared ({@code null}) in a contract.
 *
 * @param sequence the identity sequence's name, in the table's schema ({@code invoices_id_seq}): PostgreSQL
 *     chooses it when the identity is added ({@code ..._seq1} while another relation holds the plain name),
 *     and {@code pg_get_serial_sequence} and {@code pg_dump} show it; {@code null} when not declared (not
 *     compared, in strict mode too: a contract names it or leaves it to PostgreSQL)
 */
public record IdentityOptions(Long start, Long increment, Long minValue, Long maxValue, Long cache, Boolean cycle,
        String sequence) {
    /** Identity options without a declared sequence name. */
    public IdentityOptions(Long start, Long increment, Long minValue, Long maxValue, Long cache, Boolean cycle) {
        this(start, increment, minValue, maxValue, cache, cycle, null);
    }
}
