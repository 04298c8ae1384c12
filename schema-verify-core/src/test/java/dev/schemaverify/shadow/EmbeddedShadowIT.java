package dev.schemaverify.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

class EmbeddedShadowIT {
    private static Path pg16Jar() {
        String property = System.getProperty("schema-verify.test.pg16-binaries");
        if (property == null || !Files.isRegularFile(Path.of(property))) {
            throw new IllegalStateException("PostgreSQL 16 binaries jar not found at " + property
                    + "; run the tests through Maven (mvn verify), whose maven-dependency-plugin copies it to"
                    + " target/pg-binaries");
        }
        return Path.of(property);
    }

    private static String query(ShadowDatabase shadow, String sql) throws Exception {
        try (Connection connection = shadow.connect(); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void defaultBinariesStartPostgres17WithAShadowDatabase() throws Exception {
        Path dataDirectory;
        try (EmbeddedShadow shadow = EmbeddedShadow.start(EmbeddedOptions.of(17))) {
            assertEquals(17, shadow.majorVersion());
            assertEquals("17", query(shadow, "SELECT current_setting('server_version_num')::int / 10000"));
            assertEquals("shadow", query(shadow, "SELECT current_database()"));
            assertTrue(shadow.jdbcUrl().contains("/shadow"), shadow.jdbcUrl());
            dataDirectory = Path.of(query(shadow, "SHOW data_directory"));
            assertTrue(Files.isDirectory(dataDirectory));
        }
        assertFalse(Files.exists(dataDirectory), "data directory is deleted on close");
    }

    @Test
    void binariesJarStartsPostgres16() throws Exception {
        try (EmbeddedShadow shadow = EmbeddedShadow.start(EmbeddedOptions.of(16).withBinaries(pg16Jar()))) {
            assertEquals(16, shadow.majorVersion());
            assertEquals("16", query(shadow, "SELECT current_setting('server_version_num')::int / 10000"));
        }
    }

    @Test
    void txzStreamStartsPostgres16() throws Exception {
        Path jar = pg16Jar();
        EmbeddedOptions options = EmbeddedOptions.of(16).withBinaries("postgres-linux-x86_64.txz in " + jar, () -> {
            ZipFile zip = new ZipFile(jar.toFile());
            return new FilterInputStream(zip.getInputStream(zip.getEntry("postgres-linux-x86_64.txz"))) {
                @Override
                public void close() throws IOException {
                    super.close();
                    zip.close();
                }
            };
        });
        try (EmbeddedShadow shadow = EmbeddedShadow.start(options)) {
            assertEquals(16, shadow.majorVersion());
        }
    }

    @Test
    void wrongMajorVersionNamesTheArtifactToUse() {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> EmbeddedShadow.start(EmbeddedOptions.of(15)));
        assertEquals(ErrorCode.SHADOW, e.code());
        assertEquals("the embedded PostgreSQL binaries from the classpath are PostgreSQL 17, but 15 was requested;"
                + " use the binaries artifact " + BinariesArtifact.coordinates(15), e.getMessage());
    }

    @Test
    void missingBinariesFileIsAShadowError() {
        Path missing = Path.of("target", "no-such-binaries.jar");
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> EmbeddedShadow.start(EmbeddedOptions.of(16).withBinaries(missing)));
        assertEquals(ErrorCode.SHADOW, e.code());
        assertEquals("the embedded PostgreSQL binaries " + missing + " do not exist", e.getMessage());
    }
}
