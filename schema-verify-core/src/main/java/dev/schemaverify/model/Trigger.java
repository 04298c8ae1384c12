package dev.schemaverify.model;

import java.util.List;
import java.util.Objects;

/**
 * A trigger on a table.
 *
 * @param timing {@code BEFORE}, {@code AFTER} or {@code INSTEAD OF}
 * @param events {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code TRUNCATE}, in that order
 * @param level {@code ROW} or {@code STATEMENT}
 * @param function the function it executes, schema-qualified, e.g. {@code public.set_updated_at}
 * @param when the WHEN condition, deparsed
 * @param arguments the string arguments passed to the function ({@code TG_ARGV}), in order
 * @param updateColumns the columns of {@code UPDATE OF}; empty when any update fires it
 * @param constraint a {@code CREATE CONSTRAINT TRIGGER}, which can be deferred and cannot be replaced in place
 * @param deferrable a deferrable constraint trigger
 * @param initiallyDeferred a constraint trigger deferred to commit unless {@code SET CONSTRAINTS} says otherwise
 * @param comment the {@code COMMENT ON TRIGGER} text; {@code null} for none or when not declared (compared only
 *     when comments are switched on, as {@link Column#comment()})
 */
public record Trigger(
        String name,
        String timing,
        List<String> events,
        String level,
        String function,
        String when,
        SourceRef source,
        List<String> arguments,
        List<String> updateColumns,
        Boolean constraint,
        Boolean deferrable,
        Boolean initiallyDeferred,
        String comment) implements TablePart {
    public Trigger {
        Objects.requireNonNull(name, "name");
        events = events == null ? null : List.copyOf(events);
        arguments = arguments == null ? null : List.copyOf(arguments);
        updateColumns = updateColumns == null ? null : List.copyOf(updateColumns);
    }

    /** A trigger with the properties of the first model only; the others are not declared. */
    public Trigger(String name, String timing, List<String> events, String level, String function, String when,
            SourceRef source) {
        this(name, timing, events, level, function, when, source, null, null, null, null, null, null);
    }

    /** A trigger without a declared comment. */
    public Trigger(String name, String timing, List<String> events, String level, String function, String when,
            SourceRef source, List<String> arguments, List<String> updateColumns, Boolean constraint, Boolean deferrable,
            Boolean initiallyDeferred) {
        this(name, timing, events, level, function, when, source, arguments, updateColumns, constraint, deferrable,
                initiallyDeferred, null);
    }

    @Override
    public String kind() {
        return "trigger";
    }
}
