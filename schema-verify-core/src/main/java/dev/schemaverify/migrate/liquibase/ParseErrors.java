package dev.schemaverify.migrate.liquibase;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a failure of Liquibase's changelog parser into one compiler-style line: the file as the user
 * names it, the 1-based line and column when the XML or YAML parser gave one, and Liquibase's message.
 */
final class ParseErrors {
    private static final Pattern XML_POSITION = Pattern.compile("Error parsing line (\\d+) column (\\d+) of (\\S+?): (.*)");
    private static final Pattern YAML_FILE = Pattern.compile("Syntax error in file (\\S+?):");
    private static final Pattern NOT_FOUND = Pattern.compile("The file (\\S+) was not found in the configured search path");
    private static final Pattern ERROR_PARSING = Pattern.compile("Error parsing (\\S+?) ?: (.*)");
    private static final String CANNOT_READ = "Liquibase cannot read the changelog: ";

    private ParseErrors() {
    }

    /**
     * @param changelog the master changelog as the user names it
     * @param display maps a path as Liquibase knows it (relative to the search root) to the user's name for it
     */
    static String describe(Throwable failure, String changelog, UnaryOperator<String> display) {
        String message = LiquibaseMessages.of(failure);
        MarkedYAMLException yaml = find(failure, MarkedYAMLException.class);
        if (yaml != null && yaml.getProblemMark() != null) {
            Matcher file = YAML_FILE.matcher(message);
            Mark mark = yaml.getProblemMark();
            StringBuilder text = new StringBuilder(file.find() ? display.apply(file.group(1)) : changelog)
                    .append(':').append(mark.getLine() + 1).append(':').append(mark.getColumn() + 1).append(": ")
                    .append(CANNOT_READ).append(yaml.getProblem());
            if (yaml.getContext() != null && yaml.getContextMark() != null) {
                text.append(" (").append(yaml.getContext()).append(" started at line ")
                        .append(yaml.getContextMark().getLine() + 1).append(", column ")
                        .append(yaml.getContextMark().getColumn() + 1).append(')');
            }
            return text.toString();
        }
        Matcher xml = XML_POSITION.matcher(message);
        if (xml.find()) {
            return display.apply(xml.group(3)) + ":" + xml.group(1) + ":" + xml.group(2) + ": " + CANNOT_READ + xml.group(4);
        }
        Matcher notFound = NOT_FOUND.matcher(message);
        if (notFound.find()) {
            Matcher including = ERROR_PARSING.matcher(message);
            String from = including.find() ? display.apply(including.group(1)) : changelog;
            return from + ": " + CANNOT_READ + "included file " + display.apply(notFound.group(1)) + " does not exist";
        }
        Matcher parsing = ERROR_PARSING.matcher(message);
        if (parsing.matches()) {
            return display.apply(parsing.group(1)) + ": " + CANNOT_READ + parsing.group(2);
        }
        return changelog + ": " + CANNOT_READ + message;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
