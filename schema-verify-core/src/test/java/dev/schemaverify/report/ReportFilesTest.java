package dev.schemaverify.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheTextInPiecesIntoAFolderItCreates() throws IOException {
        Path file = dir.resolve("a/b/contract.yaml");
        ReportFiles.write(file, sink -> {
            for (int i = 0; i < 3; i++) {
                sink.append("line ").append(String.valueOf(i)).append("\n");
            }
        });
        assertEquals("line 0\nline 1\nline 2\n", Files.readString(file));
        assertEquals(List.of(file), files(file.getParent()));
    }

    /** A failure part way through leaves the file that was there as it was, and nothing beside it. */
    @Test
    void aFailurePartWayLeavesTheOldFileAndNoPartialOne() throws IOException {
        Path file = Files.writeString(dir.resolve("contract.yaml"), "the old contract\n");
        SchemaVerifyException failed = assertThrows(SchemaVerifyException.class, () -> ReportFiles.write(file, sink -> {
            sink.append("half of a new ");
            throw new IOException("disk full");
        }));
        assertEquals(ErrorCode.IO, failed.code());
        assertTrue(failed.getMessage().contains("cannot write " + file) && failed.getMessage().contains("disk full"),
                failed.getMessage());
        assertEquals("the old contract\n", Files.readString(file));
        assertEquals(List.of(file), files(dir));

        assertThrows(IllegalStateException.class, () -> ReportFiles.write(file, sink -> {
            sink.append("half");
            throw new IllegalStateException("the writer broke");
        }));
        assertEquals("the old contract\n", Files.readString(file));
        assertEquals(List.of(file), files(dir));
    }

    /** The new file takes the old one's permissions; a new file gets the folder's usual ones. */
    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path script = Files.writeString(dir.resolve("reconcile.sql"), "old");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        ReportFiles.write(script, "new");
        assertEquals("new", Files.readString(script));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));

        Path usual = Files.createFile(dir.resolve("usual"));
        Path fresh = dir.resolve("report.html");
        ReportFiles.write(fresh, "first");
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(usual)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    /** A file with a second name is written in place, so both names still show the same text. */
    @Test
    void aHardLinkedFileIsWrittenInPlace() throws IOException {
        Path file = Files.writeString(dir.resolve("contract.yaml"), "old");
        Path other = Files.createLink(dir.resolve("other-name.yaml"), file);
        ReportFiles.write(file, "new\n");
        assertEquals("new\n", Files.readString(other));
        assertEquals(List.of(file, other), files(dir));
    }

    /** A dangling link is written through too: its target is created and the link stays. */
    @Test
    void aDanglingLinkGetsItsTarget() throws IOException {
        Path target = dir.resolve("elsewhere.yaml");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), target);
        ReportFiles.write(link, "made\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("made\n", Files.readString(target));
    }

    /** A link (or a device such as /dev/stdout) is written through, not replaced by a file. */
    @Test
    void writesThroughALink() throws IOException {
        Path target = Files.writeString(dir.resolve("real.yaml"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), target);
        ReportFiles.write(link, "through the link\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("through the link\n", Files.readString(target));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (var listing = Files.list(folder)) {
            return listing.sorted().toList();
        }
    }
}
