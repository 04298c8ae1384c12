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

    @Test
    void replacesAnExistingFileWithTheFilesUsualPermissions() throws IOException {
        Path usual = Files.createFile(dir.resolve("usual"));
        Path file = Files.writeString(dir.resolve("report.html"), "old");
        ReportFiles.write(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(usual)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
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
