package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.SourceRule;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A random-looking value is assigned to a name that says it is secret: {@code password}, {@code passwd},
 * {@code secret}, {@code token}, {@code api_key}, {@code access_key}, {@code private_key},
 * {@code client_secret}, alone or inside a longer name ({@code app.jwt_secret = '...'},
 * {@code "apiKey": "..."}, {@code stripe.token=...}, {@code <db.password>...</db.password>} in {@code pom.xml}). Random-looking means at least
 * {@value #MIN_LENGTH} characters, letters and digits both, and a Shannon entropy of at least
 * {@value #MIN_ENTROPY} bits per character, which words and most identifiers do not reach. Not reported,
 * to keep false alarms rare: placeholders ({@code ${...}}, {@code @...@}, {@code {{...}}},
 * {@code <...>}), values that say they are examples ({@code changeme}, {@code example}, {@code dummy},
 * {@code your-...}, {@code xxxx}), function calls and URLs, already hashed passwords, and the values
 * {@code secret-in-source} and {@code token-in-source} report (a URL's or {@code PGPASSWORD}'s password,
 * a token of a known shape). The value is masked in every report: only its first two characters and its
 * length are shown. A warning by default.
 */
public final class HighEntropySecret implements SourceRule {
    static final int MIN_LENGTH = 16;
    static final double MIN_ENTROPY = 3.5;

    private static final Pattern ASSIGNMENT = Pattern.compile("(?i)(?<![?&\\w])([\\w.-]*(?:password|passwd|secret|token"
            + "|api[_-]?key|access[_-]?key|private[_-]?key)[\\w.-]*)[\"']?\\s*(?:=>|:=|=|:)\\s*(['\"]?)([^\\s'\"<>,;&)]+)\\2");
    private static final Pattern ELEMENT = Pattern.compile("(?i)<([\\w.-]*(?:password|passwd|secret|token|api[_-]?key"
            + "|access[_-]?key|private[_-]?key)[\\w.-]*)>\\s*([^<\\s]+)\\s*</\\1>");
    private static final Pattern EXAMPLE = Pattern.compile("(?i).*(changeme|change_me|example|placeholder|dummy|sample"
            + "|redacted|your[_-]|xxxx|\\*\\*\\*\\*|not[_-]?a[_-]?secret|fake|test[_-]?secret).*");

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String id() {
        return "high-entropy-secret";
    }

    @Override
    public List<Hit> check(String file, String text) {
        List<Hit> hits = new ArrayList<>();
        find(file, text, ASSIGNMENT.matcher(text), 3, hits);
        find(file, text, ELEMENT.matcher(text), 2, hits); // <password> itself is secret-in-source's
        return hits;
    }

    private static void find(String file, String text, Matcher matcher, int group, List<Hit> hits) {
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = matcher.group(group);
            if (!looksSecret(name, value) || group == 2 && name.equalsIgnoreCase("password")) {
                continue;
            }
            int[] where = SecretInSource.lineAndColumn(text, matcher.start(group));
            hits.add(new Hit(new Diagnostic.Subject("file", file), "random-looking value " + SecretInSource.mask(value)
                    + " is assigned to " + name + "; if it is a real secret, rotate it and read it from the environment",
                    new SourceRef(file, where[0], where[1])));
        }
    }

    static boolean looksSecret(String name, String value) {
        if (value.length() < MIN_LENGTH || name.equalsIgnoreCase("PGPASSWORD") || SecretInSource.isPlaceholder(value)
                || value.startsWith("{{") || value.startsWith("%") || value.startsWith("$") || value.contains("://")
                || value.contains("(") || EXAMPLE.matcher(value).matches() || TokenInSource.isToken(value)
                || value.startsWith("eyJ")) {
            return false;
        }
        boolean letters = value.chars().anyMatch(Character::isLetter);
        boolean digits = value.chars().anyMatch(Character::isDigit);
        return letters && digits && entropy(value) >= MIN_ENTROPY;
    }

    /** Shannon entropy of the characters of {@code value}, in bits per character. */
    public static double entropy(String value) {
        Map<Integer, Integer> counts = new HashMap<>();
        value.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int length = value.codePointCount(0, value.length());
        double bits = 0;
        for (int count : counts.values()) {
            double p = (double) count / length;
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
