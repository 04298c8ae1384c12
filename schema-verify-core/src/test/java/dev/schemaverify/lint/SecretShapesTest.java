package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.lint.rules.HighEntropySecret;
import dev.schemaverify.lint.rules.SecretInSource;
import dev.schemaverify.lint.rules.TokenInSource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The secret rules on file text: tokens of well-known shapes, random-looking values assigned to secret
 * names, and service_role JSON Web Tokens; every value masked. The token strings are assembled from parts
 * so this file holds none whole.
 */
class SecretShapesTest {
    private static final String RANDOM = "Zx81" + "qPl0Tw7Hn2Vb5Ks9";

    private static List<String> hits(SourceRule rule, String text) {
        return rule.check("db/V1__x.sql", text).stream().map(hit -> hit.location() + " " + hit.message()).toList();
    }

    @Test
    void tokensOfWellKnownShapes() {
        String text = "-- aws\nSELECT '" + "AKIA" + "Z7QW3RT5YU8IOP2A" + "';\n"
                + "-- github: " + "ghp_" + "a".repeat(12) + "B1c2D3e4F5g6H7i8J9k0L1m2" + "\n"
                + "stripe = " + "sk_live_" + "51HxYz" + "Q2w3E4r5T6y7U8i9" + "\n"
                + "google " + "AIza" + "SyD-1234567890abcdefghijklmnopqrstu" + "\n";
        assertEquals(List.of(
                "db/V1__x.sql:2:9 AWS access key id 'AK…' (20 characters, masked) is written in the file; revoke it and"
                        + " read it from the environment",
                "db/V1__x.sql:3:12 GitHub token 'gh…' (40 characters, masked) is written in the file; revoke it and read"
                        + " it from the environment",
                "db/V1__x.sql:4:10 Stripe live key 'sk…' (30 characters, masked) is written in the file; revoke it and"
                        + " read it from the environment",
                "db/V1__x.sql:5:8 Google API key 'AI…' (39 characters, masked) is written in the file; revoke it and"
                        + " read it from the environment"),
                hits(new TokenInSource(), text));
    }

    @Test
    void examplesAndLookAlikesAreNotTokens() {
        assertEquals(List.of(), hits(new TokenInSource(), "aws_access_key_id = " + "AKIA" + "IOSFODNN7EXAMPLE" + "\n"
                + "sk_test_" + "51HxYzQ2w3E4r5T6y7U8i9\n"
                + "ghp_short\n"
                + "AKIAlowercase1234567\n"));
    }

    @Test
    void randomLookingValuesAssignedToSecretNames() {
        String text = "ALTER DATABASE postgres SET app.jwt_secret = '" + RANDOM + "';\n"
                + "{\"apiKey\": \"" + RANDOM + "\"}\n"
                + "stripe.token=" + RANDOM + "\n"
                + "<properties><db.password>" + RANDOM + "</db.password></properties>\n";
        assertEquals(List.of(
                "db/V1__x.sql:1:47 random-looking value 'Zx…' (20 characters, masked) is assigned to app.jwt_secret; if"
                        + " it is a real secret, rotate it and read it from the environment",
                "db/V1__x.sql:2:13 random-looking value 'Zx…' (20 characters, masked) is assigned to apiKey; if it is a"
                        + " real secret, rotate it and read it from the environment",
                "db/V1__x.sql:3:14 random-looking value 'Zx…' (20 characters, masked) is assigned to stripe.token; if it"
                        + " is a real secret, rotate it and read it from the environment",
                "db/V1__x.sql:4:26 random-looking value 'Zx…' (20 characters, masked) is assigned to db.password; if it"
                        + " is a real secret, rotate it and read it from the environment"),
                hits(new HighEntropySecret(), text));
    }

    @Test
    void placeholdersExamplesWordsAndOtherRulesValuesAreNotReported() {
        String text = Stream.of(
                "password = ${DB_PASSWORD}",
                "db.password=@db.password@",
                "api_key: changeme",
                "api_key: your-api-key-goes-here-1234",
                "secret = 'example-secret-value-123'",
                "token_column = 'access_token_hash_v2'",
                "password_hash = crypt(password, gen_salt('bf'))",
                "token = 'short1'",
                "client_secret = aaaaaaaaaaaaaaaa1111",
                "PGPASSWORD=" + RANDOM,
                "jdbc:postgresql://db/app?user=app&password=" + RANDOM,
                "secret_url = https://vault.example.org/v1/secret/data/app",
                "api_key = " + "AKIA" + "Z7QW3RT5YU8IOP2A",
                "token: {{ secrets.DEPLOY_TOKEN_2024 }}",
                "<password>" + RANDOM + "</password>",
                "<db.password>${env.DB_PASSWORD}</db.password>").reduce("", (a, b) -> a + b + "\n");
        assertEquals(List.of(), hits(new HighEntropySecret(), text));
    }

    @Test
    void aServiceRoleJwtIsNamedSo() {
        String header = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String service = header + "." + base64("{\"iss\":\"supabase\",\"role\":\"service_role\",\"iat\":1700000000}")
                + "." + "abcdefghij0123456789ABCDEFGHIJ";
        String anon = header + "." + base64("{\"iss\":\"supabase\",\"role\":\"anon\",\"iat\":1700000000}")
                + "." + "abcdefghij0123456789ABCDEFGHIJ";
        assertEquals(List.of(
                "db/V1__x.sql:1:9 service_role JSON Web Token (it bypasses row-level security) 'ey…' (" + service.length()
                        + " characters, masked) is written in the file; rotate it and read it from the environment or"
                        + " settings.xml",
                "db/V1__x.sql:2:6 JSON Web Token 'ey…' (" + anon.length() + " characters, masked) is written in the"
                        + " file; rotate it and read it from the environment or settings.xml"),
                hits(new SecretInSource(), "service=" + service + "\nanon=" + anon + "\n"));
    }

    @Test
    void entropyIsShannonsInBitsPerCharacter() {
        assertEquals(0.0, HighEntropySecret.entropy("aaaa"));
        assertEquals(2.0, HighEntropySecret.entropy("abcd"));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
