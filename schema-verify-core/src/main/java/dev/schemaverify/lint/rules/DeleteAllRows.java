package dev.schemaverify.lint.rules;

import dev.schemaverify.lint.Hit;
import dev.schemaverify.lint.ObservedStatement;
import dev.schemaverify.lint.StatementRule;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration runs {@code TRUNCATE}, or {@code DELETE} without a {@code WHERE} clause: every row of the
 * table goes, on every database the migration reaches. The shadow database is empty, so nothing shows
 * there; the statement's words are read (comments and string contents do not count). Tables created by
 * the same migration are reported as well: a seed-and-truncate pattern deserves an inline excuse.
 */
public final class DeleteAllRows implements StatementRule {
    private static final Pattern TRUNCATE = Pattern.compile("truncate (?:table )?(?:only )?([^ ,;]+).*");
    private static final Pattern DELETE = Pattern.compile("delete from (?:only )?([^ ;]+)(.*)");

    @Override
    public String id() {
        return "delete-all-rows";
    }

    @Override
    public List<Hit> check(ObservedStatement statement) {
        Matcher truncate = TRUNCATE.matcher(statement.words());
        if (truncate.matches()) {
            return List.of(new Hit("table", truncate.group(1), "TRUNCATE removes every row of " + truncate.group(1)));
        }
        Matcher delete = DELETE.matcher(statement.words());
        if (delete.matches() && !delete.group(2).contains(" where ")) {
            return List.of(new Hit("table", delete.group(1), "DELETE without WHERE removes every row of "
                    + delete.group(1)));
        }
        return List.of();
    }
}
