package dev.schemaverify.inspect;

import java.util.List;

/**
 * Which schemas an inspection reads. An empty {@code include} means every schema except the system
 * ones ({@code pg_catalog}, {@code information_schema}, {@code pg_toast}, temporary schemas), which are
 * always left out.
 *
 * @param excludeTables names of tables to leave out in every schema, such as migration tools' bookkeeping
 *     ({@code flyway_schema_history}); their serial sequences ({@code <table>_<column>_seq}) go with them
 */
public record InspectOptions(List<String> include, List<String> exclude, List<String> excludeTables) {
    /**
     * The history and lock tables of migration tools (ours, Liquibase's, Flyway's): they hold no
     * application data and are never part of a schema to verify.
     */
    public static final List<String> BOOKKEEPING_TABLES =
            List.of("schema_verify_history", "databasechangelog", "databasechangeloglock", "flyway_schema_history");

    public InspectOptions {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        excludeTables = excludeTables == null ? List.of() : List.copyOf(excludeTables);
    }

    public InspectOptions(List<String> include, List<String> exclude) {
        this(include, exclude, List.of());
    }

    public static InspectOptions allSchemas() {
        return new InspectOptions(List.of(), List.of());
    }

    /** These options, also leaving out migration tools' bookkeeping tables. */
    public InspectOptions withoutBookkeeping() {
        return withExcludedTables(BOOKKEEPING_TABLES);
    }

    /** These options, also leaving out the tables named. */
    public InspectOptions withExcludedTables(List<String> tables) {
        return new InspectOptions(include, exclude, tables);
    }
}
