package dev.schemaverify.report;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files goals leave behind (reports, contracts, scripts), creating their folder. */
public final class ReportFiles {
    private ReportFiles() {
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.IO, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
