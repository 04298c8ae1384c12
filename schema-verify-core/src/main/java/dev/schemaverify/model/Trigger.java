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
 */
public record Trigger(
        String name,
        String timing,
        List<String> events,
        String level,
        String function,
        String when,
        SourceRef source) implements TablePart {
    public Trigger {
        Objects.requireNonNull(name, "name");
        events = events == null ? null : List.copyOf(events);
    }

    @Override
    public String kind() {
        return "trigger";
    }
}
