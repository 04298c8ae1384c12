package dev.schemaverify.reconcile;

/**
 * Where a step goes in the script. Drops of dependents come first (reverse dependency order), then
 * creations in dependency order, then the drops that must wait until nothing refers to the object any
 * more (an unexpected enum type is dropped after the columns using it were changed or dropped).
 */
enum Phase {
    /** {@code ALTER TYPE ... ADD VALUE}: before the transaction, so the transaction may use the new values. */
    ENUM_VALUES(false),
    DROP_TRIGGERS,
    DROP_POLICIES,
    /** Unexpected routines whose SQL-standard body reads a view (and their callers): they hold the view. */
    DROP_VIEW_ROUTINES,
    DROP_VIEWS,
    /** Defaults, checks and indexes that call a routine about to be dropped: they hold it in pg_depend. */
    DROP_ROUTINE_USES,
    DROP_ROUTINES,
    /** {@code DETACH PARTITION}, {@code NO INHERIT}: before the parent's parts or the parent are dropped. */
    DETACH,
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS,
    DROP_INDEXES,
    /** {@code OWNED BY NONE} for a kept sequence whose owning column or table is dropped (it would go too). */
    RELEASE_SEQUENCES,
    DROP_COLUMNS,
    DROP_TABLES,
    RENAMES,
    SCHEMAS,
    EXTENSIONS,
    ENUMS,
    SEQUENCES,
    ROUTINES,
    TABLES,
    COLUMNS,
    /** {@code ALTER SEQUENCE ... OWNED BY}: once the owning column exists. */
    SEQUENCE_OWNERS,
    LATE_ROUTINES,
    CONSTRAINTS,
    /** {@code ATTACH PARTITION}, {@code INHERIT}: once the table has the parent's columns and checks. */
    ATTACH,
    /** Unique indexes a foreign key may reference: before the foreign keys, never concurrently. */
    UNIQUE_INDEXES,
    /**
     * {@code SET LOGGED}/{@code SET UNLOGGED}, before the foreign keys are added (a permanent table may not
     * reference an unlogged one, so a key to a table turning permanent must wait for it), after those dropped.
     */
    PERSISTENCE,
    FOREIGN_KEYS,
    VALIDATE,
    INDEXES,
    /** Persistence, storage parameters, replica identity (which may name an index built just before). */
    TABLE_OPTIONS,
    VIEWS,
    /** Routines whose SQL-standard body reads a view: PostgreSQL resolves the view when it creates them. */
    VIEW_ROUTINES,
    VIEW_INDEXES,
    ROW_SECURITY,
    POLICIES,
    TRIGGERS,
    /** {@code ALTER ... OWNER TO} and {@code COMMENT ON}: every object exists, and grants follow an owner change. */
    OWNERS_AND_COMMENTS,
    GRANTS,
    /** After every grant on the objects the script creates, so those get exactly the grants declared. */
    DEFAULT_PRIVILEGES,
    DROP_LATE_ROUTINES,
    DROP_SEQUENCES,
    DROP_ENUMS,
    DROP_EXTENSIONS,
    DROP_SCHEMAS,
    /** {@code CREATE INDEX CONCURRENTLY} cannot run in a transaction block: after the commit. */
    CONCURRENT_INDEXES(false);

    private final boolean transactional;

    Phase() {
        this(true);
    }

    Phase(boolean transactional) {
        this.transactional = transactional;
    }

    boolean transactional() {
        return transactional;
    }
}
