package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.SourceRule;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A password or token is written in a migration, the contract or {@code pom.xml}. Anyone with the
 * repository has it, and it stays in the history after it is deleted: rotate it, then read it from
 * the environment, {@code settings.xml} (a {@code serverId}) or a placeholder.
 *
 * <p>Found: the password of a JDBC or PostgreSQL URL ({@code postgres://user:secret@host}, {@code
 * jdbc:postgresql://host/db?password=secret}), {@code PGPASSWORD=secret}, {@code CREATE/ALTER ROLE ...
 * PASSWORD 'secret'}, {@code <password>secret</password>}, and JSON Web Tokens (three base64url parts
 * starting {@code eyJ}; one whose claims say {@code "role": "service_role"}, Supabase's key that bypasses
 * row-level security, is named so). Placeholders ({@code ${db.password}}),
 * empty values and already hashed passwords ({@code SCRAM-SHA-256$...}, {@code md5...}) are not reported.
 * The value is masked everywhere, console and every report file alike: only its first two characters
 * and its length are shown.
 */
public final class SecretInSource implements SourceRule {
    private record Shape(String what, Pattern pattern) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("password in a database URL", Pattern.compile("(?i)postgres(?:ql)?://[^/\\s:@'\"]+:([^@\\s'\"/]+)@")),
            new Shape("password in a JDBC URL", Pattern.compile("(?i)jdbc:postgresql:[^\\s'\"]*[?&]password=([^&\\s'\"<]+)")),
            new Shape("PGPASSWORD", Pattern.compile("PGPASSWORD\\s*=\\s*['\"]?([^\\s'\";]+)")),
            new Shape("role password", Pattern.compile("(?is)\\b(?:create|alter)\\s+(?:role|user)\\b[^;]*?\\bpassword\\s+'((?:[^']|'')+)'")),
            new Shape("password element", Pattern.compile("(?i)<password>([^<]+)</password>")),
            new Shape("JSON Web Token", Pattern.compile("\\b(eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})")));

    @Override
    public String id() {
        return "secret-in-source";
    }

    @Override
    public List<Hit> check(String file, String text) {
        List<Hit> hits = new ArrayList<>();
        for (Shape shape : SHAPES) {
            Matcher matcher = shape.pattern().matcher(text);
            while (matcher.find()) {
                String value = matcher.group(1);
                if (isPlaceholder(value)) {
                    continue;
                }
                int[] where = lineAndColumn(text, matcher.start(1));
                String what = shape.what().equals("JSON Web Token") && serviceRole(value)
                        ? "service_role JSON Web Token (it bypasses row-level security)" : shape.what();
                hits.add(new Hit(new Diagnostic.Subject("file", file), what + " " + mask(value)
                        + " is written in the file; rotate it and read it from the environment or settings.xml",
                        new SourceRef(file, where[0], where[1])));
            }
        }
        return hits;
    }

    /** Whether the token's claims give it the {@code service_role} role (Supabase's key that bypasses row-level security). */
    private static boolean serviceRole(String jwt) {
        try {
            String claims = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                    java.nio.charset.StandardCharsets.UTF_8);
            return claims.matches("(?s).*\"role\"\\s*:\\s*\"service_role\".*");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code se…(12 characters)}: enough to find it, never enough to use it. */
    public static String mask(String value) {
        String shown = value.length() >= 8 ? value.substring(0, 2) : "";
        return "'" + shown + "…' (" + value.length() + " characters, masked)";
    }

    static boolean isPlaceholder(String value) {
        return value.isBlank() || value.startsWith("${") || value.startsWith("@") && value.endsWith("@")
                || value.startsWith("SCRAM-SHA-256$") || value.matches("md5[0-9a-f]{32}") || value.startsWith(":");
    }

    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
