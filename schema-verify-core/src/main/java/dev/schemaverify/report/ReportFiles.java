package dev.schemaverify.report;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

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
     * Writes {@code text} to {@code file}, creating its folder. A regular file is written to a new file beside
     * it ({@code .<name>.<pid>.<n>.partial}, with the old file's permissions) that then replaces it, so a
     * failure part way leaves no half-written file and an existing one as it was. Written in place instead,
     * where replacing would change what the path is: a link (dangling ones too, whose target is created), a
     * device such as {@code /dev/stdout}, a file with more than one hard link, or a folder that takes no new
     * file; there a failure part way leaves what was written so far. A file that may not be written is not
     * replaced either: that fails, as it always did.
     */
    public static void write(Path file, Text text) {
        Path partial = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
            if (exists && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(file)) {
                throw new AccessDeniedException(file.toString(), null, "not writable");
            }
            if (exists && !replaceable(file)) {
                writeInPlace(file, text);
                return;
            }
            partial = folder.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Long.toHexString(System.nanoTime()) + ".partial");
            Writer writer;
            try {
                // not createTempFile: its owner-only permissions would end up on a new file
                writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (AccessDeniedException e) {
                partial = null; // a folder that takes no new file, around a file that may be written
                writeInPlace(file, text);
                return;
            }
            try (writer) {
                if (exists) {
                    keepPermissions(file, partial);
                }
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

    /** A regular file with one name: a new file can take its place without changing what the path is. */
    private static boolean replaceable(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Object links = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return !(links instanceof Integer count) || count <= 1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return true; // no such attribute here (Windows): hard links are rare there
        }
    }

    private static void keepPermissions(Path file, Path partial) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (old != null) {
            Files.setPosixFilePermissions(partial, old.readAttributes().permissions());
        }
    }

    private static void writeInPlace(Path file, Text text) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            text.writeTo(writer);
        }
    }

    public static void write(Path file, String text) {
        write(file, sink -> sink.append(text));
    }
}
