package dev.schemaverify.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress lines come at a steady rate with the count and the time elapsed, and never for short work. */
class ProgressTest {
    private long now;
    private final List<String> lines = new ArrayList<>();
    private final Progress progress = new Progress(lines::add, 2_000_000_000L, () -> now);

    @Test
    void printsALineEveryIntervalNotEveryObject() {
        Progress.Task task = progress.start("normalizing the contract", 5000, "tables");
        for (int done = 100; done <= 5000; done += 100) {
            now += 250_000_000L; // a chunk of 100 tables every quarter of a second
            task.done(done);
        }
        task.finish();

        assertEquals(List.of(
                "normalizing the contract: 800/5,000 tables, 2.0 s",
                "normalizing the contract: 1,600/5,000 tables, 4.0 s",
                "normalizing the contract: 2,400/5,000 tables, 6.0 s",
                "normalizing the contract: 3,200/5,000 tables, 8.0 s",
                "normalizing the contract: 4,000/5,000 tables, 10.0 s",
                "normalizing the contract: 4,800/5,000 tables, 12.0 s",
                "normalizing the contract: 5,000/5,000 tables, 12.5 s"), lines);
    }

    @Test
    void shortWorkPrintsNothing() {
        Progress.Task task = progress.start("checking rollbacks", 22, "migrations");
        for (int done = 1; done <= 22; done++) {
            now += 50_000_000L;
            task.done(done);
        }
        task.finish();

        assertEquals(List.of(), lines);
    }
}
