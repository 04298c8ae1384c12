package dev.schemaverify.api;

import dev.schemaverify.contract.Contract;
import dev.schemaverify.contract.ContractReader;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A contract read on a thread of its own while the caller does what does not need it yet (connecting,
 * starting a shadow, applying migrations, inspecting): reading a large contract is Java work, inspecting
 * is mostly the server's, and the two overlap. The caller always {@link #join}s, so an error in the
 * contract is reported whatever else happened; when the caller's own work fails, {@link #failFirst} prefers
 * the contract's error, as a contract read before that work would have stopped it first.
 */
final class ContractInBackground {
    private final FutureTask<Contract> reading;
    /** The schemas the contract declares, guessed from its layout, or {@code null} when it cannot be guessed. */
    private final List<String> guessedSchemas;

    private ContractInBackground(Path file, String display) {
        this.guessedSchemas = ContractReader.schemaNamesAsWritten(file);
        this.reading = new FutureTask<>(() -> new ContractReader().read(file, display));
        Thread thread = new Thread(reading, "schema-verify contract reader");
        thread.setDaemon(true);
        thread.start();
    }

    static ContractInBackground start(Path file, String display) {
        return new ContractInBackground(file, display);
    }

    /** The guess of {@link Contract#schemas()} from the file's layout; {@code null} when there is none. */
    List<String> guessedSchemas() {
        return guessedSchemas;
    }

    /** The contract, or the error reading it gave. */
    Contract join() {
        try {
            boolean interrupted = false;
            while (true) {
                try {
                    Contract contract = reading.get();
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    return contract;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new SchemaVerifyException(ErrorCode.CONTRACT, "reading the contract failed: " + cause, cause);
        } catch (CancellationException e) {
            throw new SchemaVerifyException(ErrorCode.CONTRACT, "reading the contract was cancelled", e);
        }
    }

    /**
     * Runs {@code work}; if it fails, the contract's own error (if reading it fails) is thrown instead, with
     * the work's failure attached as suppressed.
     */
    <T> T failFirst(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            try {
                join();
            } catch (RuntimeException contractError) {
                contractError.addSuppressed(failure);
                throw contractError;
            }
            throw failure;
        }
    }
}
