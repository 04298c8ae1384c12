package dev.schemaverify.report;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes the files goals leave behind (reports, contracts, scripts), creating their folder. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** Text made in pieces, handed to a sink as it is made. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Appendable sink) throws IOException;
    }

    /**
     * Writes {@code text} to a new file beside {@code file} and then moves it over {@code file}, so that a
     * failure part way leaves no half-written file and an existing one as it was.
     */
    public static void write(Path file, Text text) {
        Path folder = file.toAbsolutePath().getParent();
        Path partial = null;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                // a link or a device such as /dev/stdout: written through, as given
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    text.writeTo(writer);
                }
                return;
            }
            Files.createDirectories(folder);
            // not createTempFile: its owner-only permissions would end up on the file
            partial = folder.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Long.toHexString(System.nanoTime()) + ".partial");
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                text.writeTo(writer);
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            partial = null;
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.IO, "cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // the failure that brought us here is the one to report
                }
            }
        }
    }

    public static void write(Path file, String text) {
        write(file, sink -> sink.append(text));
    }
}
