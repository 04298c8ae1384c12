package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * A function or procedure, identified by its name and its argument types (overloads are distinct).
 *
 * @param arguments identity arguments as PostgreSQL prints them ({@code pg_get_function_identity_arguments}),
 *     for example {@code user_id uuid, active boolean}; the empty string for none
 * @param procedure true for a procedure, false for a function
 * @param returns the result type ({@code pg_get_function_result}), {@code null} for a procedure
 * @param volatility {@code IMMUTABLE}, {@code STABLE} or {@code VOLATILE}
 * @param settings configuration set on the routine, each {@code name=value}, e.g. {@code search_path=public}
 * @param body the source between the dollar quotes ({@code prosrc}), or the deparsed SQL-standard body
 */
public record Routine(
        QualifiedName name,
        String arguments,
        Boolean procedure,
        String returns,
        String language,
        String volatility,
        Boolean securityDefiner,
        List<String> settings,
        String body,
        SourceRef source) implements SchemaObject {
    public Routine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
        settings = settings == null ? null : List.copyOf(settings);
    }

    /** The signature that tells overloads apart: {@code public.touch(uuid)}. */
    public String signature() {
        return name + "(" + arguments + ")";
    }

    @Override
    public String kind() {
        return Boolean.TRUE.equals(procedure) ? "procedure" : "function";
    }

    @Override
    public String path() {
        return signature();
    }
}
