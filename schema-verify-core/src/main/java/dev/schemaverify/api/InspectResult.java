package dev.schemaverify.api;

import dev.schemaverify.contract.ContractWriter;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.report.ReportFiles;
import java.nio.file.Path;

/**
 * An inspected schema and the contract written from it. The contract's text is made when it is asked for:
 * {@link #writeContract(Path)} streams it to a file without holding it in memory (a 5,000-table contract is
 * 12 MB), {@link #contractYaml()} returns it as a string.
 */
public final class InspectResult {
    private final String source;
    private final Snapshot snapshot;
    private final boolean owners;
    private final boolean comments;
    private String contractYaml;

    InspectResult(String source, Snapshot snapshot, boolean owners, boolean comments) {
        this.source = source;
        this.snapshot = snapshot;
        this.owners = owners;
        this.comments = comments;
    }

    /** A result whose contract is the given text (this was a record with these three components). */
    public InspectResult(String source, Snapshot snapshot, String contractYaml) {
        this(source, snapshot, false, false);
        this.contractYaml = java.util.Objects.requireNonNull(contractYaml, "contractYaml");
    }

    /** What was inspected. */
    public String source() {
        return source;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** The snapshot as a strict contract, ready to commit. */
    public synchronized String contractYaml() {
        if (contractYaml == null) {
            contractYaml = new ContractWriter().write(snapshot, true, owners, comments);
        }
        return contractYaml;
    }

    /**
     * Writes {@link #contractYaml()} to {@code file} (its folder is created) as {@link ReportFiles#write} does:
     * an existing contract is replaced only once the new one is whole, so a failure part way leaves it as it
     * was (a link or a device is written through instead).
     */
    public synchronized void writeContract(Path file) {
        String made = contractYaml;
        ReportFiles.write(file, made != null ? sink -> sink.append(made)
                : sink -> new ContractWriter().write(snapshot, true, owners, comments, sink));
    }
}
