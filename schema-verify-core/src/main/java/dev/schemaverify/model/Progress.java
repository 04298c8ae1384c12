package dev.schemaverify.model;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress lines for long work (normalizing thousands of tables, hundreds of migrations): at most one line
 * per interval, each with the count done of the total and the time elapsed, never one line per object.
 * Work that ends within the first interval prints nothing, so small projects keep a quiet log.
 *
 * <p>Lines go to the build log only, never into reports, which stay deterministic.
 */
public final class Progress {
    /** Prints nothing. */
    public static final Progress NONE = new Progress(line -> { }, 0, System::nanoTime);

    /** How often a line is printed at most, in nanoseconds. */
    private static final long DEFAULT_INTERVAL_NANOS = 2_000_000_000L;

    private final Consumer<String> sink;
    private final long intervalNanos;
    private final LongSupplier clock;

    /** Progress printed to {@code sink} every two seconds at most. */
    public Progress(Consumer<String> sink) {
        this(sink, DEFAULT_INTERVAL_NANOS, System::nanoTime);
    }

    /** For tests: an explicit interval and clock (nanoseconds). */
    public Progress(Consumer<String> sink, long intervalNanos, LongSupplier clock) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.intervalNanos = intervalNanos;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts counting {@code total} {@code units} of {@code what}, e.g. {@code ("normalizing the contract", 5000, "tables")}. */
    public Task start(String what, int total, String units) {
        return new Task(what, total, units, clock.getAsLong());
    }

    /** One piece of long work. */
    public final class Task {
        private final String what;
        private final int total;
        private final String units;
        private final long started;
        private long lastLine;
        private boolean printed;

        private Task(String what, int total, String units, long started) {
            this.what = what;
            this.total = total;
            this.units = units;
            this.started = started;
            this.lastLine = started;
        }

        /** {@code done} of the total are done; prints a line when the interval has passed since the last one. */
        public void done(int done) {
            if (sink == NONE.sink) {
                return;
            }
            long now = clock.getAsLong();
            if (now - lastLine >= intervalNanos && done < total) {
                line(done, now);
            }
        }

        /** All done: a closing line, only when progress lines were printed before it. */
        public void finish() {
            if (printed) {
                line(total, clock.getAsLong());
            }
        }

        private void line(int done, long now) {
            lastLine = now;
            printed = true;
            sink.accept(String.format(Locale.ROOT, "%s: %,d/%,d %s, %.1f s", what, done, total, units,
                    (now - started) / 1e9));
        }
    }
}
