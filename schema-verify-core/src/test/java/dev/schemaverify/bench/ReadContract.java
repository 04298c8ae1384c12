package dev.schemaverify.bench;

import dev.schemaverify.contract.Contract;
import dev.schemaverify.contract.ContractReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How long reading a contract takes, for {@code bench/bench.py}: the first read in a fresh JVM (what a
 * {@code mvn} process pays) and the best of three after it. {@code ReadContract target/bench/s5000.yaml}
 */
public final class ReadContract {
    private ReadContract() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long best = Long.MAX_VALUE;
        long first = 0;
        Contract contract = null;
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            contract = new ContractReader().read(file, file.getFileName().toString());
            long took = System.nanoTime() - start;
            if (run == 0) {
                first = took;
            } else {
                best = Math.min(best, took);
            }
        }
        System.out.printf(Locale.ROOT, "read %s (%,d bytes, %,d tables): first %.0f ms, best of 3 after it %.0f ms%n",
                file.getFileName(), Files.size(file), contract.expected().tables().size(), first / 1e6, best / 1e6);
    }
}
