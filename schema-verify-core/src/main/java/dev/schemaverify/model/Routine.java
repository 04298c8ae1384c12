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
 * @param argumentList every argument as {@code pg_get_function_arguments} prints it: modes ({@code OUT},
 *     {@code INOUT}, {@code VARIADIC}), names, types and {@code DEFAULT} expressions; the identity arguments
 *     alone do not say what a caller may leave out or what comes back, so re-creating a routine from them
 *     would lose its defaults
 * @param strict {@code STRICT} (returns null on null input without being called)
 * @param leakproof {@code LEAKPROOF}, which lets the planner push the function below a security barrier
 * @param parallel {@code SAFE}, {@code RESTRICTED} or {@code UNSAFE}; {@code null} for a procedure
 * @param cost the planner's cost estimate, as a plain decimal ({@code 100}); {@code null} for a procedure
 * @param rows the estimated row count of a set-returning function; {@code null} for any other routine
 * @param grants the {@code EXECUTE} privileges by role (the owner left out), PUBLIC's default one included:
 *     a function nobody revoked it from can be called by every role, which is what an RLS app must know;
 *     {@code null} in a contract that does not declare them
 * @param calls signatures of the routines this one depends on as {@code pg_depend} records it (SQL-standard
 *     bodies); read from a database to order creation and drops, never compared, {@code null} in a contract
 * @param owner the owning role, as {@link Table#owner()}
 * @param comment the {@code COMMENT ON FUNCTION} text, as {@link Table#comment()}
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
        SourceRef source,
        String argumentList,
        Boolean strict,
        Boolean leakproof,
        String parallel,
        String cost,
        String rows,
        List<Grant> grants,
        List<String> calls,
        String owner,
        String comment) implements SchemaObject {
    public Routine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
        settings = settings == null ? null : List.copyOf(settings);
        grants = grants == null ? null : List.copyOf(grants);
        calls = calls == null ? null : List.copyOf(calls);
    }

    /** A routine without a declared owner or comment. */
    public Routine(QualifiedName name, String arguments, Boolean procedure, String returns, String language,
            String volatility, Boolean securityDefiner, List<String> settings, String body, SourceRef source,
            String argumentList, Boolean strict, Boolean leakproof, String parallel, String cost, String rows,
            List<Grant> grants, List<String> calls) {
        this(name, arguments, procedure, returns, language, volatility, securityDefiner, settings, body, source,
                argumentList, strict, leakproof, parallel, cost, rows, grants, calls, null, null);
    }

    /** A routine with the attributes of the first model only; the others are not declared. */
    public Routine(QualifiedName name, String arguments, Boolean procedure, String returns, String language,
            String volatility, Boolean securityDefiner, List<String> settings, String body, SourceRef source) {
        this(name, arguments, procedure, returns, language, volatility, securityDefiner, settings, body, source,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** This routine under other identity arguments, every other attribute kept. */
    public Routine withArguments(String identityArguments) {
        return new Routine(name, identityArguments, procedure, returns, language, volatility, securityDefiner, settings,
                body, source, argumentList, strict, leakproof, parallel, cost, rows, grants, calls, owner, comment);
    }

    /**
     * A decimal as plain text without trailing zeros ({@code 100}, {@code 0.5}), so that a contract's
     * {@code 100.0} and the catalog's {@code 100} are the same value; {@code null} stays {@code null}.
     */
    public static String plainNumber(String text) {
        if (text == null) {
            return null;
        }
        java.math.BigDecimal value = new java.math.BigDecimal(text.strip()).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
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
