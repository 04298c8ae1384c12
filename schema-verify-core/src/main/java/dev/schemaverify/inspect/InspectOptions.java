package dev.schemaverify.inspect;

import java.util.List;

/**
 * Which schemas an inspection reads. An empty {@code include} means every schema except the system
 * ones ({@code pg_catalog}, {@code information_schema}, {@code pg_toast}, temporary schemas), which are
 * always left out.
 */
public record InspectOptions(List<String> include, List<String> exclude) {
    public InspectOptions {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    public static InspectOptions allSchemas() {
        return new InspectOptions(List.of(), List.of());
    }
}
