package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of SQL migrations in one of the layouts people use, told apart by the file names:
 * <ul>
 *   <li>{@link Layout#FLYWAY}: {@code V1__create_users.sql}, {@code V1.1__x.sql}, undo
 *       {@code U1__create_users.sql}, repeatable {@code R__views.sql};</li>
 *   <li>{@link Layout#UP_DOWN}: {@code 001_create_users.up.sql} and {@code 001_create_users.down.sql};</li>
 *   <li>{@link Layout#ROLLBACK_FILES}: {@code 001_create_users.sql} and {@code 001_create_users_rollback.sql}
 *       (or {@code 001_create_users.rollback.sql});</li>
 *   <li>{@link Layout#SINGLE_FILE}: {@code 20240101120000_create_users.sql} (or {@code 001_x.sql}), optionally
 *       with {@code -- migrate:up} and {@code -- migrate:down} sections (dbmate style); the down section is
 *       the rollback. {@code -- migrate:up transaction:false} runs the file outside a transaction.</li>
 * </ul>
 *
 * <p>One folder uses one layout: files of several layouts are a {@link ErrorCode#CONFIGURATION} error naming
 * the files of each, because a migration silently left out (or applied twice) is worse than a clear stop.
 * Versions compare numerically ({@link MigrationVersion}); repeatables apply after all versioned steps, by
 * name. Files not ending in {@code .sql} and sub-folders are ignored.
 */
public final class SqlMigrationFolder implements MigrationSource {

    /** The naming convention of a folder. */
    public enum Layout {
        FLYWAY("Flyway", "V<version>__<description>.sql, U<version>__<description>.sql or R__<description>.sql"),
        UP_DOWN("up/down", "<number>_<description>.up.sql and <number>_<description>.down.sql"),
        ROLLBACK_FILES("rollback-file", "<number>_<description>.sql and <number>_<description>_rollback.sql"),
        SINGLE_FILE("single-file", "<number>_<description>.sql, with -- migrate:up and -- migrate:down sections");

        private final String label;
        private final String naming;

        Layout(String label, String naming) {
            this.label = label;
            this.naming = naming;
        }

        /** How the layout is named in messages: {@code Flyway}, {@code up/down}... */
        public String label() {
            return label;
        }
    }

    private static final String NUMBER = "(\\d+)_(.+)";
    private static final Pattern FLYWAY_VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern FLYWAY_UNDO = Pattern.compile("U(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern FLYWAY_REPEATABLE = Pattern.compile("R__(.+)\\.sql");
    private static final Pattern UP = Pattern.compile(NUMBER + "\\.up\\.sql");
    private static final Pattern DOWN = Pattern.compile(NUMBER + "\\.down\\.sql");
    private static final Pattern ROLLBACK = Pattern.compile("(\\d+)_(.+?)(?:_rollback|\\.rollback)\\.sql");
    private static final Pattern PLAIN = Pattern.compile(NUMBER + "\\.sql");
    private static final Pattern UP_MARKER = Pattern.compile("[ \\t]*--[ \\t]*migrate:up\\b(.*)");
    /** A line that makes a migration run outside a transaction, for statements the splitter cannot classify. */
    private static final Pattern NO_TRANSACTION = Pattern.compile("(?m)^[ \\t]*--[ \\t]*schema-verify:no-transaction\\b");
    private static final Pattern DOWN_MARKER = Pattern.compile("[ \\t]*--[ \\t]*migrate:down\\b(.*)");
    /** Integer versions at least this large are timestamps or dates, not a sequence with gaps. */
    private static final BigInteger SEQUENCE_LIMIT = BigInteger.valueOf(10_000_000L);

    private final Path folder;
    private final String displayFolder;
    private final boolean requireRollbacks;
    private Placeholders placeholders = Placeholders.NONE;
    private Scan scan;

    /** A folder whose forward migrations must each have a rollback; {@code displayFolder} names it in messages. */
    public SqlMigrationFolder(Path folder, String displayFolder) {
        this(folder, displayFolder, true);
    }

    /**
     * @param requireRollbacks whether a versioned migration without rollback is a {@code missing-rollback}
     *     error in {@link #problems()}; when false it is not reported
     */
    public SqlMigrationFolder(Path folder, String displayFolder, boolean requireRollbacks) {
        this.folder = folder;
        this.displayFolder = displayFolder;
        this.requireRollbacks = requireRollbacks;
    }

    /**
     * This folder with {@code ${name}} placeholders replaced when its scripts run (checksums stay those of
     * the files as written).
     */
    public SqlMigrationFolder withPlaceholders(Placeholders values) {
        SqlMigrationFolder folder = new SqlMigrationFolder(this.folder, displayFolder, requireRollbacks);
        folder.placeholders = values == null ? Placeholders.NONE : values;
        return folder;
    }

    /** The folder's layout, or {@code null} when it holds no migration file. */
    public Layout layout() {
        return scan().layout;
    }

    @Override
    public String describe() {
        Layout layout = layout();
        return "SQL folder " + displayFolder + (layout == null ? " (empty)" : " (" + layout.label + " layout)");
    }

    /**
     * The steps in the order they apply. Duplicate versions and misnamed {@code .sql} files are
     * {@link ErrorCode#CONFIGURATION} errors here, as the order would be a guess.
     */
    @Override
    public List<MigrationStep> steps() {
        Scan scan = scan();
        for (MigrationProblem problem : scan.problems) {
            if (problem.code().equals("duplicate-version") || problem.code().equals("unparseable-name")) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION, problem.location() + ": " + problem.message());
            }
        }
        return scan.steps;
    }

    @Override
    public List<MigrationProblem> problems() {
        return scan().problems;
    }

    private synchronized Scan scan() {
        if (scan == null) {
            scan = new Scan();
            scan.run();
        }
        return scan;
    }

    private String display(String fileName) {
        return displayFolder + "/" + fileName;
    }

    private enum Kind { FORWARD, ROLLBACK, REPEATABLE }

    /** A file name taken apart; {@code layout} is {@code null} for a plain numbered file, which fits two layouts. */
    private record Name(String file, Kind kind, Layout layout, String version, String description) {
        MigrationVersion parsedVersion() {
            return MigrationVersion.parse(version);
        }
    }

    private static Name parse(String file) {
        Matcher m;
        if ((m = FLYWAY_VERSIONED.matcher(file)).matches()) {
            return new Name(file, Kind.FORWARD, Layout.FLYWAY, m.group(1), m.group(2));
        } else if ((m = FLYWAY_UNDO.matcher(file)).matches()) {
            return new Name(file, Kind.ROLLBACK, Layout.FLYWAY, m.group(1), m.group(2));
        } else if ((m = FLYWAY_REPEATABLE.matcher(file)).matches()) {
            return new Name(file, Kind.REPEATABLE, Layout.FLYWAY, null, m.group(1));
        } else if ((m = UP.matcher(file)).matches()) {
            return new Name(file, Kind.FORWARD, Layout.UP_DOWN, m.group(1), m.group(2));
        } else if ((m = DOWN.matcher(file)).matches()) {
            return new Name(file, Kind.ROLLBACK, Layout.UP_DOWN, m.group(1), m.group(2));
        } else if ((m = ROLLBACK.matcher(file)).matches()) {
            return new Name(file, Kind.ROLLBACK, Layout.ROLLBACK_FILES, m.group(1), m.group(2));
        } else if ((m = PLAIN.matcher(file)).matches()) {
            return new Name(file, Kind.FORWARD, null, m.group(1), m.group(2));
        }
        return null;
    }

    /** Everything known about the folder without a database, computed once. */
    private final class Scan {
        Layout layout;
        List<MigrationStep> steps = List.of();
        List<MigrationProblem> problems = List.of();

        void run() {
            List<String> unparseable = new ArrayList<>();
            List<Name> names = new ArrayList<>();
            for (String file : sqlFiles()) {
                Name name = parse(file);
                if (name == null) {
                    unparseable.add(file);
                } else {
                    names.add(name);
                }
            }
            layout = detectLayout(names);
            List<MigrationProblem> found = new ArrayList<>();
            for (String file : unparseable) {
                found.add(new MigrationProblem("unparseable-name", Severity.ERROR, display(file),
                        "not a migration file name; name it " + (layout == null ? Layout.FLYWAY.naming + ", "
                                + Layout.UP_DOWN.naming + " or " + Layout.ROLLBACK_FILES.naming : layout.naming)));
            }
            Map<MigrationVersion, List<Name>> forwards = new TreeMap<>();
            Map<MigrationVersion, List<Name>> rollbacks = new TreeMap<>();
            List<Name> repeatables = new ArrayList<>();
            for (Name name : names) {
                switch (name.kind()) {
                    case FORWARD -> forwards.computeIfAbsent(name.parsedVersion(), v -> new ArrayList<>()).add(name);
                    case ROLLBACK -> rollbacks.computeIfAbsent(name.parsedVersion(), v -> new ArrayList<>()).add(name);
                    default -> repeatables.add(name);
                }
            }
            duplicates(forwards, found);
            duplicates(rollbacks, found);
            List<MigrationStep> ordered = new ArrayList<>();
            for (Map.Entry<MigrationVersion, List<Name>> entry : forwards.entrySet()) {
                Name forward = entry.getValue().get(0);
                List<Name> rollback = rollbacks.get(entry.getKey());
                SqlStep step = step(forward, rollback == null ? null : rollback.get(0));
                ordered.add(step);
                if (step.rollbackLocation() == null && requireRollbacks) {
                    found.add(new MigrationProblem("missing-rollback", Severity.ERROR, step.location(),
                            "migration " + forward.version() + " has no rollback; add " + expectedRollback(forward)));
                }
            }
            for (Map.Entry<MigrationVersion, List<Name>> entry : rollbacks.entrySet()) {
                if (!forwards.containsKey(entry.getKey())) {
                    for (Name orphan : entry.getValue()) {
                        found.add(new MigrationProblem("orphan-rollback", Severity.ERROR, display(orphan.file()),
                                "rollback of version " + orphan.version() + ", but no migration has that version;"
                                        + " rename it to match its migration, or delete it"));
                    }
                }
            }
            gaps(forwards, found);
            repeatables.sort(Comparator.comparing(Name::file));
            for (Name repeatable : repeatables) {
                ordered.add(step(repeatable, null));
            }
            found.sort(null);
            steps = List.copyOf(ordered);
            problems = List.copyOf(found);
        }

        private List<String> sqlFiles() {
            if (!Files.isDirectory(folder)) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION,
                        "migrations folder " + displayFolder + " does not exist");
            }
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.filter(Files::isRegularFile)
                        .map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".sql"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new SchemaVerifyException(ErrorCode.IO,
                        "cannot list migrations folder " + displayFolder + ": " + e.getMessage(), e);
            }
        }

        /** The one layout of the folder; plain numbered files fit the rollback-file and single-file layouts. */
        private Layout detectLayout(List<Name> names) {
            Map<Layout, List<String>> byLayout = new EnumMap<>(Layout.class);
            List<String> plain = new ArrayList<>();
            for (Name name : names) {
                if (name.layout() == null) {
                    plain.add(name.file());
                } else {
                    byLayout.computeIfAbsent(name.layout(), l -> new ArrayList<>()).add(name.file());
                }
            }
            if (byLayout.isEmpty()) {
                return plain.isEmpty() ? null : Layout.SINGLE_FILE;
            }
            if (byLayout.size() == 1 && (plain.isEmpty() || byLayout.containsKey(Layout.ROLLBACK_FILES))) {
                return byLayout.keySet().iterator().next();
            }
            if (!plain.isEmpty()) {
                byLayout.put(Layout.SINGLE_FILE, plain);
            }
            String listing = byLayout.entrySet().stream()
                    .map(e -> e.getKey().label + ": " + String.join(", ", e.getValue()))
                    .collect(Collectors.joining("; "));
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "migrations folder " + displayFolder
                    + " mixes layouts (" + listing + "); use one layout per folder, renaming the odd files or"
                    + " moving them to a folder of their own");
        }

        private void duplicates(Map<MigrationVersion, List<Name>> byVersion, List<MigrationProblem> found) {
            for (List<Name> same : byVersion.values()) {
                for (int i = 1; i < same.size(); i++) {
                    found.add(new MigrationProblem("duplicate-version", Severity.ERROR, display(same.get(i).file()),
                            "has the same version " + same.get(i).parsedVersion() + " as " + display(same.get(0).file())
                                    + "; give one of them a new version"));
                }
            }
        }

        /** Version gaps, only in plain integer sequences (1, 2, 4): timestamps and dotted versions skip numbers by design. */
        private void gaps(Map<MigrationVersion, List<Name>> forwards, List<MigrationProblem> found) {
            Set<MigrationVersion> versions = forwards.keySet();
            boolean sequence = !versions.isEmpty() && versions.stream()
                    .allMatch(v -> v.isInteger() && v.parts().get(0).compareTo(SEQUENCE_LIMIT) < 0);
            if (!sequence) {
                return;
            }
            BigInteger previous = null;
            for (Map.Entry<MigrationVersion, List<Name>> entry : forwards.entrySet()) {
                BigInteger current = entry.getKey().parts().get(0);
                if (previous != null && current.subtract(previous).compareTo(BigInteger.ONE) > 0) {
                    BigInteger first = previous.add(BigInteger.ONE);
                    BigInteger last = current.subtract(BigInteger.ONE);
                    String missing = first.equals(last) ? "version " + first + " is missing"
                            : "versions " + first + " to " + last + " are missing";
                    found.add(new MigrationProblem("version-gap", Severity.WARNING,
                            display(entry.getValue().get(0).file()), "version " + current + " follows " + previous
                                    + ": " + missing + " (a deleted or not yet merged migration?)"));
                }
                previous = current;
            }
        }

        private String expectedRollback(Name forward) {
            String file = forward.file();
            return switch (layout) {
                case FLYWAY -> display("U" + forward.version() + "__" + forward.description() + ".sql");
                case UP_DOWN -> display(file.substring(0, file.length() - ".up.sql".length()) + ".down.sql");
                case ROLLBACK_FILES -> display(file.substring(0, file.length() - ".sql".length()) + "_rollback.sql");
                case SINGLE_FILE -> "a -- migrate:down section to " + display(file);
            };
        }

        private SqlStep step(Name forward, Name rollback) {
            String location = display(forward.file());
            String text = SqlScripts.read(folder.resolve(forward.file()), location);
            Script up = new Script(text, location, 0, placeholders);
            Script down = null;
            String rollbackLocation = null;
            boolean forceNoTransaction = false;
            if (rollback != null) {
                rollbackLocation = display(rollback.file());
                down = new Script(SqlScripts.read(folder.resolve(rollback.file()), rollbackLocation), rollbackLocation, 0,
                        placeholders);
            } else if (layout == Layout.SINGLE_FILE) {
                Sections sections = Sections.of(text, location, placeholders);
                up = sections.up();
                down = sections.down();
                rollbackLocation = down == null ? null : location + ":" + sections.downMarkerLine();
                forceNoTransaction = sections.noTransaction();
            }
            forceNoTransaction |= up.noTransactionDirective() || down != null && down.noTransactionDirective();
            boolean transactional = !forceNoTransaction && up.transactional() && (down == null || down.transactional());
            String description = forward.description().replace('_', ' ');
            String version = forward.kind() == Kind.REPEATABLE ? forward.description() : forward.version();
            return new SqlStep(version, description, location, rollbackLocation, SqlScripts.checksum(up.sql()),
                    forward.kind() == Kind.REPEATABLE, transactional, up, down, text);
        }
    }

    /**
     * SQL of one direction, starting after line {@code lineOffset} of {@code display}, as written; its
     * placeholders are replaced when it runs.
     */
    private record Script(String sql, String display, int lineOffset, Placeholders placeholders) {
        boolean transactional() {
            return SqlScripts.transactional(runnable(), display, lineOffset);
        }

        /** A {@code -- schema-verify:no-transaction} line: run outside a transaction, whatever the statements. */
        boolean noTransactionDirective() {
            return NO_TRANSACTION.matcher(sql).find();
        }

        String runnable() {
            return placeholders.apply(sql, display, lineOffset);
        }

        void execute(Connection connection) {
            SqlScripts.execute(connection, runnable(), display, lineOffset);
        }
    }

    /** The {@code -- migrate:up} / {@code -- migrate:down} sections of a single-file migration. */
    private record Sections(Script up, Script down, int downMarkerLine, boolean noTransaction) {
        static Sections of(String text, String display, Placeholders placeholders) {
            List<Integer> lineStarts = new ArrayList<>();
            lineStarts.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                lineStarts.add(i + 1);
            }
            int upLine = 0;
            int downLine = 0;
            boolean noTransaction = false;
            for (int line = 1; line <= lineStarts.size(); line++) {
                int start = lineStarts.get(line - 1);
                int end = line < lineStarts.size() ? lineStarts.get(line) : text.length();
                String content = text.substring(start, end).stripTrailing();
                Matcher up = UP_MARKER.matcher(content);
                Matcher down = DOWN_MARKER.matcher(content);
                if (upLine == 0 && downLine == 0 && up.matches()) {
                    upLine = line;
                    noTransaction = up.group(1).contains("transaction:false");
                } else if (downLine == 0 && down.matches()) {
                    downLine = line;
                    noTransaction |= down.group(1).contains("transaction:false");
                }
            }
            if (downLine == 0) {
                return new Sections(new Script(after(text, lineStarts, upLine), display, upLine, placeholders), null, 0,
                        noTransaction);
            }
            String upText = text.substring(upLine == 0 ? 0 : startOf(text, lineStarts, upLine + 1),
                    lineStarts.get(downLine - 1));
            return new Sections(new Script(upText, display, upLine, placeholders),
                    new Script(after(text, lineStarts, downLine), display, downLine, placeholders), downLine,
                    noTransaction);
        }

        /** The text after line {@code line} (the whole text for line 0). */
        private static String after(String text, List<Integer> lineStarts, int line) {
            return line == 0 ? text : text.substring(startOf(text, lineStarts, line + 1));
        }

        private static int startOf(String text, List<Integer> lineStarts, int line) {
            return line <= lineStarts.size() ? lineStarts.get(line - 1) : text.length();
        }
    }

    private record SqlStep(String version, String description, String location, String rollbackLocation,
            String checksum, boolean repeatable, boolean transactional, Script up, Script down, String forwardText)
            implements MigrationStep {
        @Override
        public String rollbackChecksum() {
            return down == null ? null : SqlScripts.checksum(down.sql());
        }

        @Override
        public String rollbackSql() {
            return down == null ? null : down.runnable();
        }

        @Override
        public void apply(Connection connection) {
            up.execute(connection);
        }

        @Override
        public void rollback(Connection connection) {
            if (down == null) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION, location + ": migration " + version
                        + " has no rollback to run");
            }
            down.execute(connection);
        }

        @Override
        public String toString() {
            return location;
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
