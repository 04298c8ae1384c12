package dev.schemaverify.migrate;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway stores in {@code flyway_schema_history.checksum} for a SQL migration: a CRC-32 of
 * the file's lines in UTF-8, each without its line end (so LF, CRLF and CR files agree) and the first
 * without a byte-order mark, read as a signed 32-bit integer. Knowing it lets an import tell whether a
 * file is still exactly what Flyway applied.
 */
public final class FlywayChecksum {
    private FlywayChecksum() {
    }

    public static int of(String text) {
        String body = text.startsWith("\ufeff") ? text.substring(1) : text;
        CRC32 crc = new CRC32();
        // Lines are concatenated without their ends, so dropping every line-end character is the same thing.
        crc.update(body.replace("\r", "").replace("\n", "").getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
