package dev.schemaverify.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
    @Test
    void removesPasswordParameters() {
        assertEquals("jdbc:postgresql://db:5432/app?user=admin&ssl=true",
                JdbcUrls.redact("jdbc:postgresql://db:5432/app?user=admin&password=s3cr3t&ssl=true"));
        assertEquals("jdbc:postgresql://db/app?user=admin",
                JdbcUrls.redact("jdbc:postgresql://db/app?PASSWORD=x&user=admin&sslpassword=y"));
        assertEquals("jdbc:postgresql://db/app", JdbcUrls.redact("jdbc:postgresql://db/app?password=only"));
        assertEquals("jdbc:postgresql://db/app?password_file_hint_not=1&user=a",
                JdbcUrls.redact("jdbc:postgresql://db/app?password_file_hint_not=1&password=&user=a"));
    }

    @Test
    void removesPasswordFromUserInfo() {
        assertEquals("jdbc:postgresql://admin@db:5432/app",
                JdbcUrls.redact("jdbc:postgresql://admin:p@ss:w0rd@db:5432/app"));
        assertEquals("postgresql://admin@db/app?sslmode=require",
                JdbcUrls.redact("postgresql://admin:pw@db/app?sslmode=require&password=pw"));
    }

    @Test
    void passwordsMayHoldSlashesAndAtSigns() {
        assertEquals("jdbc:postgresql://admin@db/app", JdbcUrls.redact("jdbc:postgresql://admin:pa/ss@db/app"));
        assertEquals("jdbc:postgresql://admin@db/app?ssl=true",
                JdbcUrls.redact("jdbc:postgresql://admin:p@/s#s@db/app?ssl=true"));
    }

    @Test
    void splitsUserInformationOutOfTheUrlForTheDriver() {
        JdbcUrls.UserInfo info = JdbcUrls.userInfo("jdbc:postgresql://ci%40corp:s3c%2Fret@db:5432/app?ssl=true");
        assertEquals(new JdbcUrls.UserInfo("jdbc:postgresql://db:5432/app?ssl=true", "ci@corp", "s3c/ret"), info);
        assertNull(JdbcUrls.userInfo("jdbc:postgresql://db/app?user=a@b"));
        assertNull(JdbcUrls.userInfo("jdbc:postgresql://admin@db/app"));
    }

    @Test
    void sanitizesDriverMessages() {
        String url = "jdbc:postgresql://admin:hunter2@db:54x/app?password=other";
        assertEquals("Unable to parse URL jdbc:postgresql://admin@db:54x/app and ****",
                JdbcUrls.sanitize("Unable to parse URL " + url + " and other", url, "other"));
        assertEquals("invalid port number: ****@db", JdbcUrls.sanitize("invalid port number: hunter2@db", url));
    }

    @Test
    void leavesUrlsWithoutSecretsAlone() {
        assertEquals("jdbc:postgresql://db:5432/app", JdbcUrls.redact("jdbc:postgresql://db:5432/app"));
        assertEquals("jdbc:postgresql://admin@db/app", JdbcUrls.redact("jdbc:postgresql://admin@db/app"));
        assertEquals("jdbc:postgresql:app?user=me", JdbcUrls.redact("jdbc:postgresql:app?user=me"));
        assertNull(JdbcUrls.redact(null));
    }

    @Test
    void replacesTheDatabaseName() {
        assertEquals("jdbc:postgresql://h1:5432,h2/shadow?ssl=true",
                JdbcUrls.withDatabase("jdbc:postgresql://h1:5432,h2/postgres?ssl=true", "shadow"));
        assertEquals("jdbc:postgresql://h/shadow", JdbcUrls.withDatabase("jdbc:postgresql://h", "shadow"));
        assertEquals("jdbc:postgresql://h/shadow?x=1", JdbcUrls.withDatabase("jdbc:postgresql://h/?x=1", "shadow"));
        assertEquals("jdbc:postgresql:shadow?x=1", JdbcUrls.withDatabase("jdbc:postgresql:app?x=1", "shadow"));
    }
}
