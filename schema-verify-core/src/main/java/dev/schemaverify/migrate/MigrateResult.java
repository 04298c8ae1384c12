package dev.schemaverify.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * What a migration run did.
 *
 * @param source the source's description
 * @param applied the steps applied, in order, with their durations (empty in a dry run)
 * @param wouldApply in a dry run, the steps a real run would apply; otherwise empty
 * @param skipped pending steps left out, and why (beyond the target version)
 * @param notes statements the user must read, e.g. that a step runs outside a transaction
 * @param alreadyApplied how many steps were applied before this run
 */
public record MigrateResult(String source, boolean dryRun, List<Run> applied, List<Run> wouldApply,
        List<Skipped> skipped, List<String> notes, int alreadyApplied) {
    public MigrateResult {
        applied = List.copyOf(applied);
        wouldApply = List.copyOf(wouldApply);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** One step that ran (or would run); {@code millis} is 0 in a dry run. */
    public record Run(String version, String description, String location, boolean repeatable,
            boolean transactional, long millis) {
        static Run of(MigrationStep step, long millis) {
            return new Run(step.version(), step.description(), step.location(), step.repeatable(),
                    step.transactional(), millis);
        }

        /** {@code 3 (src/.../V3__fk.sql)}. */
        public String label() {
            return (repeatable ? "repeatable " : "") + version + " (" + location + ")";
        }
    }

    /** A pending step this run did not apply. */
    public record Skipped(String version, String location, String reason) {
    }

    /** This result with {@code first} before its notes (what happened before the run, such as a snapshot). */
    public MigrateResult withNotesFirst(List<String> first) {
        List<String> all = new ArrayList<>(first);
        all.addAll(notes);
        return new MigrateResult(source, dryRun, applied, wouldApply, skipped, all, alreadyApplied);
    }

    /** Readable lines for a console, one per step and note. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        String prefix = dryRun ? "would apply " : "applied ";
        for (Run run : dryRun ? wouldApply : applied) {
            lines.add(prefix + run.label() + (dryRun ? "" : " in " + run.millis() + " ms")
                    + (run.transactional() ? "" : ", outside a transaction"));
        }
        for (Skipped skip : skipped) {
            lines.add("skipped " + skip.version() + " (" + skip.location() + "): " + skip.reason());
        }
        lines.addAll(notes);
        int count = dryRun ? wouldApply.size() : applied.size();
        lines.add((dryRun ? "dry run, nothing changed: " + count + " migration" + (count == 1 ? "" : "s")
                + " would be applied" : count + " migration" + (count == 1 ? "" : "s") + " applied")
                + " from " + source + "; " + alreadyApplied + " already applied");
        return lines;
    }
}
