package dev.schemaverify.api;

import dev.schemaverify.contract.Contract;
import dev.schemaverify.contract.ContractReader;
import dev.schemaverify.model.Background;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * A contract read on a thread of its own while the caller does what does not need it yet (connecting,
 * starting a shadow, applying migrations, inspecting): reading a large contract is Java work, inspecting
 * is mostly the server's, and the two overlap. The caller always {@link #join}s, so an error in the
 * contract is reported whatever else happened; when the caller's own work fails, {@link #failFirst} prefers
 * the contract's error, as a contract read before that work would have stopped it first.
 */
final class ContractInBackground {
    private final Path file;
    private final Background<Contract> reading;
    private List<String> guessedSchemas;
    private boolean guessed;

    /** Work that runs beside the read. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private ContractInBackground(Path file, String display) {
        this.file = file;
        this.reading = Background.start("schema-verify contract reader", () -> new ContractReader().read(file, display));
    }

    static ContractInBackground start(Path file, String display) {
        return new ContractInBackground(file, display);
    }

    /**
     * The guess of {@link Contract#schemas()} from the file's layout ({@link ContractReader#schemaNamesAsWritten}),
     * scanned on the first call while the read goes on; {@code null} when there is none.
     */
    List<String> guessedSchemas() {
        if (!guessed) {
            guessedSchemas = ContractReader.schemaNamesAsWritten(file);
            guessed = true;
        }
        return guessedSchemas;
    }

    /** The contract, or the error reading it gave. */
    Contract join() {
        return reading.join();
    }

    /**
     * Runs {@code work} (which may {@link #join} itself); if it fails, the contract's own error (if reading it
     * fails) is thrown instead, with the work's failure attached as suppressed.
     */
    <T> T failFirst(Work<T> work) throws SQLException {
        try {
            return work.run();
        } catch (SQLException | RuntimeException | Error failure) {
            RuntimeException contractError = null;
            try {
                join();
            } catch (RuntimeException e) {
                contractError = e;
            }
            if (contractError != null && contractError != failure) {
                contractError.addSuppressed(failure);
                throw contractError;
            }
            throw failure;
        }
    }
}
