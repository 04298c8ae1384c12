package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.SourceRule;
import dev.schemaverify.model.Diagnostic;
import dev.schemaverify.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An access token or API key of a well-known shape is written in a migration, the contract or
 * {@code pom.xml}: AWS access key ids ({@code AKIA...}, {@code ASIA...}), GitHub tokens ({@code ghp_},
 * {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_}, {@code github_pat_}), Stripe live secret and
 * restricted keys ({@code sk_live_}, {@code rk_live_}), Supabase secret keys and access tokens
 * ({@code sb_secret_}, {@code sbp_}), Google API keys ({@code AIza...}) and Slack tokens ({@code xox.-}).
 * Their shape is distinctive enough that a match is almost never anything else; documentation examples
 * that say so (an AWS key id ending in {@code EXAMPLE}) are not reported. JSON Web Tokens are
 * {@code secret-in-source}'s. Revoke the token, then read it from the environment. The value is masked in
 * every report: only its first two characters and its length are shown.
 */
public final class TokenInSource implements SourceRule {
    private record Shape(String what, Pattern pattern) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("AWS access key id", Pattern.compile("\\b((?:AKIA|ASIA)[0-9A-Z]{16})\\b")),
            new Shape("GitHub token", Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,255})\\b")),
            new Shape("GitHub fine-grained token", Pattern.compile("\\b(github_pat_[A-Za-z0-9_]{22,255})\\b")),
            new Shape("Stripe live key", Pattern.compile("\\b([sr]k_live_[A-Za-z0-9]{16,255})\\b")),
            new Shape("Supabase secret key", Pattern.compile("\\b(sb_secret_[A-Za-z0-9_-]{16,255})")),
            new Shape("Supabase access token", Pattern.compile("\\b(sbp_[a-f0-9]{40})\\b")),
            new Shape("Google API key", Pattern.compile("\\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])")),
            new Shape("Slack token", Pattern.compile("\\b(xox[abposr]-[A-Za-z0-9-]{10,255})\\b")));

    @Override
    public String id() {
        return "token-in-source";
    }

    @Override
    public List<Hit> check(String file, String text) {
        List<Hit> hits = new ArrayList<>();
        for (Shape shape : SHAPES) {
            Matcher matcher = shape.pattern().matcher(text);
            while (matcher.find()) {
                String value = matcher.group(1);
                if (value.toUpperCase(Locale.ROOT).contains("EXAMPLE")) {
                    continue;
                }
                int[] where = SecretInSource.lineAndColumn(text, matcher.start(1));
                hits.add(new Hit(new Diagnostic.Subject("file", file), shape.what() + " " + SecretInSource.mask(value)
                        + " is written in the file; revoke it and read it from the environment",
                        new SourceRef(file, where[0], where[1])));
            }
        }
        return hits;
    }

    /** Whether {@code value} has one of the token shapes (another rule then leaves it to this one). */
    static boolean isToken(String value) {
        return SHAPES.stream().anyMatch(shape -> shape.pattern().matcher(value).find());
    }
}
