package dev.schemaverify.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemaverify.api.DatabaseTarget;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The login of a goal from a {@code settings.xml} server, as docs/ci.md's promotion uses it
 * ({@code -Dschema-verify.serverId=production-db}): the server's user name and password reach the
 * connection, an explicit {@code user} wins over the server's, and {@code -Dschema-verify.password} over its
 * password. (Decryption itself is Maven's: the decrypter here hands the server back as it is.)
 */
class CredentialsTest {
    private FinishTest.TestMojo mojo;

    @BeforeEach
    void setUp() {
        mojo = new FinishTest.TestMojo();
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("production-db");
        server.setUsername("deployer");
        server.setPassword("from-settings");
        settings.addServer(server);
        mojo.settings = settings;
        mojo.decrypter = request -> new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
                return request.getServers().get(0);
            }

            @Override
            public List<Server> getServers() {
                return request.getServers();
            }

            @Override
            public org.apache.maven.settings.Proxy getProxy() {
                return null;
            }

            @Override
            public List<org.apache.maven.settings.Proxy> getProxies() {
                return List.of();
            }

            @Override
            public List<SettingsProblem> getProblems() {
                return List.of();
            }
        };
        mojo.session = new MavenSession(null, null, new DefaultMavenExecutionRequest(), new DefaultMavenExecutionResult());
        mojo.url = "jdbc:postgresql://db.example:5432/app";
        mojo.serverId = "production-db";
        mojo.connectTimeout = 30;
        mojo.connectRetries = 2;
    }

    @Test
    void theServersLoginReachesTheConnection() throws Exception {
        DatabaseTarget target = mojo.target();
        assertEquals("deployer", target.user());
        assertEquals("from-settings", target.password());
        assertTrue(!target.toString().contains("from-settings") && !target.displayUrl().contains("from-settings"),
                "the password is never shown: " + target + " " + target.displayUrl());
    }

    @Test
    void anExplicitUserAndThePasswordPropertyWin() throws Exception {
        mojo.user = "auditor";
        mojo.session.getUserProperties().setProperty(AbstractSchemaVerifyMojo.PASSWORD_PROPERTY, "from-property");
        DatabaseTarget target = mojo.target();
        assertEquals("auditor", target.user());
        assertEquals("from-property", target.password());
    }

    @Test
    void anUnknownServerIsOneClearError() {
        mojo.serverId = "prod";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::target);
        assertEquals("No <server> with id 'prod' in settings.xml (set by serverId). Add one with <username> and"
                + " <password>, or remove serverId.", e.getMessage());
    }
}
