package dev.schemaverify.maven;

import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/** Finds the embedded PostgreSQL binaries for a major version through Maven's own resolver. */
final class EmbeddedBinaries {
    private EmbeddedBinaries() {
    }

    /** The binaries jar for {@code major}, or {@code null} when the plugin's own (default) binaries fit. */
    static Path resolve(int major, RepositorySystem system, MavenSession session, MavenProject project, Log log)
            throws MojoExecutionException {
        return null;
    }
}
