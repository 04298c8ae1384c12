package dev.schemaverify.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Locale;

/**
 * How long the embedded PostgreSQL takes to start and stop, for {@code bench/bench.py}: the quickstart's
 * {@code mvn verify} target is {@code mvn validate} plus this plus 2 s.
 */
public final class StartEmbedded {
    private StartEmbedded() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            System.out.printf(Locale.ROOT, "embedded PostgreSQL started in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        }
        System.out.printf(Locale.ROOT, "embedded start+stop %.0f ms%n", (System.nanoTime() - start) / 1e6);
    }
}
