package dev.schemaverify.maven;

import dev.schemaverify.shadow.BinariesArtifact;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * Finds the embedded PostgreSQL binaries for a major version through Maven's own resolver, so any of
 * 14 to 18 works offline once downloaded, from the repositories (and mirrors) the build already uses.
 * Only the running platform's binaries are ever downloaded (the plugin's own dependencies carry none),
 * and only when a shadow database actually starts.
 */
final class EmbeddedBinaries {
    private EmbeddedBinaries() {
    }

    /** The binaries jar for {@code major} on this machine's platform. */
    static Path resolve(int major, RepositorySystem system, MavenSession session, MavenProject project, Log log)
            throws MojoExecutionException {
        BinariesArtifact coordinates = BinariesArtifact.coordinates(major);
        ArtifactRequest request = new ArtifactRequest(
                new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(), "jar", coordinates.version()),
                project.getRemoteProjectRepositories(), null);
        try {
            ArtifactResult result = system.resolveArtifact(session.getRepositorySession(), request);
            log.debug("schema-verify: PostgreSQL " + major + " binaries from " + result.getArtifact().getFile());
            return result.getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("schema-verify: cannot download the PostgreSQL " + major + " binaries ("
                    + coordinates + "): " + e.getMessage().replaceAll("[.\\s]+$", "") + ". Check your repositories,"
                    + " mirrors or network (the binaries come from Maven Central; an offline build needs them in the"
                    + " local repository), or use a PostgreSQL server you run: -Dschema-verify.shadowUrl=jdbc:postgresql://...");
        }
    }
}
