package dev.schemaverify.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed start shows the last lines of the server's own log, where initdb or postgres said why. */
class ServerLogTailTest {
    @TempDir
    Path dir;

    @Test
    void lastLinesIndented() throws Exception {
        Path log = dir.resolve("embedded-postgres.log");
        Files.writeString(log, "one\ntwo\nFATAL:  could not create lock file \"/tmp/.s.PGSQL.5432.lock\"\n");
        String nl = System.lineSeparator();
        assertEquals(nl + "    two" + nl + "    FATAL:  could not create lock file \"/tmp/.s.PGSQL.5432.lock\"",
                EmbeddedShadow.tail(log, 2));
        assertEquals(" (empty)", EmbeddedShadow.tail(Files.writeString(dir.resolve("empty.log"), ""), 5));
        assertEquals(true, EmbeddedShadow.tail(dir.resolve("none.log"), 5).startsWith(" (cannot read it: "));
    }
}
