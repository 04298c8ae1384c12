package dev.schemaverify.migrate;

import dev.schemaverify.migrate.FolderOptions.Ordering;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *   <li>{@link Layout#UP_DOWN}: {@code 001_create_users.up.sql} and {@code 001_create_users.down.sql}; the
 *       spellings {@code _up.sql}, {@code _down.sql}, {@code .rollback.sql} and {@code _rollback.sql} are
 *       accepted beside them (golang-migrate, sqlx), and the description may be left out ({@code 0157.up.sql});</li>
 *   <li>{@link Layout#ROLLBACK_FILES}: {@code 001_create_users.sql} and {@code 001_create_users_rollback.sql}
 *       (or {@code .rollback.sql}, {@code .down.sql});</li>
 *   <li>{@link Layout#SINGLE_FILE}: {@code 20240101120000_create_users.sql} (or {@code 001_x.sql}), optionally
 *       with {@code -- migrate:up} and {@code -- migrate:down} sections (dbmate style); the down section is
 *       the rollback. {@code -- migrate:up transaction:false} runs the file outside a transaction;</li>
 *   <li>{@link Layout#FOLDER_PER_MIGRATION}: a folder per migration holding {@code up.sql} and
 *       {@code down.sql}, named {@code 2023-07-05-000058_person_admin} (diesel), {@code 001_x} or
 *       {@code V1__x}.</li>
 * </ul>
 *
 * <p>Sub-folders are read too unless {@link FolderOptions#recursive()} is off, as Flyway reads its locations:
 * {@code 2025/V6__invoices.sql} is a migration like any other. One folder tree uses one layout: files of
 * several layouts are a {@link ErrorCode#CONFIGURATION} error naming the files of each, and a file that fits
 * the tree's layout in no spelling is named on its own, because a migration silently left out (or applied
 * twice) is worse than a clear stop. Versions compare numerically ({@link MigrationVersion}) unless
 * {@link Ordering#FILENAME} asks for the runner's plain name order; repeatables apply after all versioned
 * steps, by name. Files not ending in {@code .sql} are ignored. A UTF-8 byte-order mark is dropped, as Flyway
 * does.
 *
 * <p><b>Rollbacks required by layout.</b> Unless told otherwise, a migration without rollback is an error
 * where the layout has rollbacks (up/down pairs, rollback files, folders with {@code down.sql}, or any undo
 * file or down section at all); a forward-only folder (Flyway without a single {@code U} file, single files
 * without a down section) is a team's deliberate choice, reported as one {@code forward-only} warning.
 */
public final class SqlMigrationFolder implements MigrationSource {

    /** The naming convention of a folder. */
    public enum Layout {
        FLYWAY("Flyway", "V<version>__<description>.sql, U<version>__<description>.sql or R__<description>.sql"),
        UP_DOWN("up/down", "<number>_<description>.up.sql and <number>_<description>.down.sql"),
        ROLLBACK_FILES("rollback-file", "<number>_<description>.sql and <number>_<description>_rollback.sql"),
        SINGLE_FILE("single-file", "<number>_<description>.sql, with -- migrate:up and -- migrate:down sections"),
        FOLDER_PER_MIGRATION("folder-per-migration", "<version>_<description>/up.sql and <version>_<description>/down.sql");

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

        /** Every layout with its naming, for a message that lists what is read. */
        static String all() {
            return Stream.of(values()).map(l -> l.label + " (" + l.naming + ")").collect(Collectors.joining(", "));
        }
    }

    private static final Pattern FLYWAY_VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern FLYWAY_UNDO = Pattern.compile("U(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern FLYWAY_REPEATABLE = Pattern.compile("R__(.+)\\.sql");
    private static final Pattern UP = Pattern.compile("((\\d+)(?:_(.+?))?)\\.up\\.sql");
    private static final Pattern UP_UNDERSCORE = Pattern.compile("((\\d+)(?:_(.+?))?)_up\\.sql");
    private static final Pattern DOWN = Pattern.compile("((\\d+)(?:_(.+?))?)(?:\\.down|\\.rollback|_rollback)\\.sql");
    private static final Pattern DOWN_UNDERSCORE = Pattern.compile("((\\d+)(?:_(.+?))?)_down\\.sql");
    private static final Pattern PLAIN = Pattern.compile("((\\d+)(?:_(.+?))?)\\.sql");
    /** A folder per migration: {@code 2023-07-05-000058_person_admin}, {@code 001_x}, {@code V1__x}, {@code 7}. */
    private static final Pattern MIGRATION_FOLDER = Pattern.compile("V?((\\d+(?:[-._]\\d+)*)(?:(?:__|_|-)(.*))?)");
    private static final String FOLDER_UP = "up.sql";
    private static final String FOLDER_DOWN = "down.sql";
    private static final Pattern UP_MARKER = Pattern.compile("[ \\t]*--[ \\t]*migrate:up\\b(.*)");
    /** A line that makes a migration run outside a transaction, for statements the splitter cannot classify. */
    private static final Pattern NO_TRANSACTION = Pattern.compile("(?m)^[ \\t]*--[ \\t]*schema-verify:no-transaction\\b");
    private static final Pattern DOWN_MARKER = Pattern.compile("[ \\t]*--[ \\t]*migrate:down\\b(.*)");
    /** Integer versions at least this large are timestamps or dates, not a sequence with gaps. */
    private static final BigInteger SEQUENCE_LIMIT = BigInteger.valueOf(10_000_000L);
    /** How many file names a "found no migration" message lists. */
    private static final int NAMES_SHOWN = 5;

    private final Path folder;
    private final String displayFolder;
    private final FolderOptions options;
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
        this(folder, displayFolder, FolderOptions.defaults().withRequireRollbacks(requireRollbacks));
    }

    /** A folder read as {@code options} say. */
    public SqlMigrationFolder(Path folder, String displayFolder, FolderOptions options) {
        this.folder = folder;
        this.displayFolder = displayFolder;
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * This folder with {@code ${name}} placeholders replaced when its scripts run (checksums stay those of
     * the files as written).
     */
    public SqlMigrationFolder withPlaceholders(Placeholders values) {
        SqlMigrationFolder folder = new SqlMigrationFolder(this.folder, displayFolder, options);
        folder.placeholders = values == null ? Placeholders.NONE : values;
        return folder;
    }

    /** The folder's layout, or {@code null} when it holds no migration file. */
    public Layout layout() {
        return scan().layout;
    }

    /**
     * Whether a migration without rollback is an error: as {@link FolderOptions#requireRollbacks()} says, or,
     * when that is {@code null}, whenever the layout has rollbacks (up/down, rollback files, folders per
     * migration, or any migration with a rollback); false for a forward-only folder.
     */
    @Override
    public boolean rollbacksRequired() {
        return scan().rollbacksRequired;
    }

    @Override
    public String describe() {
        Layout layout = layout();
        return "SQL folder " + displayFolder + (layout == null ? " (empty)" : " (" + layout.label + " layout)");
    }

    /**
     * The steps in the order they apply. Duplicate versions, misnamed {@code .sql} files and a tree of
     * {@code .sql} files in which no migration was found are {@link ErrorCode#CONFIGURATION} errors here, as
     * the order would be a guess.
     */
    @Override
    public List<MigrationStep> steps() {
        Scan scan = scan();
        for (MigrationProblem problem : scan.problems) {
            if (problem.code().equals("duplicate-version") || problem.code().equals("unparseable-name")) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION, problem.location() + ": " + problem.message());
            }
        }
        if (scan.steps.isEmpty() && !scan.sqlFiles.isEmpty()) {
            List<String> shown = scan.sqlFiles.subList(0, Math.min(NAMES_SHOWN, scan.sqlFiles.size()));
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "found no migration in " + displayFolder
                    + ", which holds " + scan.sqlFiles.size() + " .sql file" + (scan.sqlFiles.size() == 1 ? "" : "s")
                    + " (" + String.join(", ", shown) + (scan.sqlFiles.size() > shown.size() ? ", ..." : "") + ")"
                    + (options.recursive() ? "" : ", only in sub-folders, which recursive=false leaves unread")
                    + "; the layouts read are " + Layout.all() + ". Rename the files, or point the migrations"
                    + " setting at the folder that holds them");
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

    private String display(String relativePath) {
        return displayFolder + "/" + relativePath;
    }

    private enum Kind { FORWARD, ROLLBACK, REPEATABLE }

    /**
     * A file name taken apart.
     *
     * @param path the file relative to the folder, with {@code /}
     * @param layout {@code null} for a plain numbered file, which fits two layouts
     * @param stem the name without its direction suffix ({@code 0000_a} for {@code 0000_a.up.sql}, the folder
     *     name in a folder-per-migration layout): the version under {@link Ordering#FILENAME}
     * @param number the leading number as written ({@code 0000}), or the Flyway version
     * @param description the description as written, empty when the name has none
     */
    private record Name(String path, Kind kind, Layout layout, String stem, String number, String description) {
        MigrationVersion parsedVersion() {
            return MigrationVersion.parse(number);
        }

        String file() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        String folderPrefix() {
            return path.substring(0, path.lastIndexOf('/') + 1);
        }
    }

    private static Name parse(String path, String file) {
        Matcher m;
        if ((m = FLYWAY_VERSIONED.matcher(file)).matches()) {
            return new Name(path, Kind.FORWARD, Layout.FLYWAY, stem(file), m.group(1), m.group(2));
        } else if ((m = FLYWAY_UNDO.matcher(file)).matches()) {
            return new Name(path, Kind.ROLLBACK, Layout.FLYWAY, stem(file), m.group(1), m.group(2));
        } else if ((m = FLYWAY_REPEATABLE.matcher(file)).matches()) {
            return new Name(path, Kind.REPEATABLE, Layout.FLYWAY, stem(file), null, m.group(1));
        } else if ((m = UP.matcher(file)).matches() || (m = UP_UNDERSCORE.matcher(file)).matches()) {
            return new Name(path, Kind.FORWARD, Layout.UP_DOWN, m.group(1), m.group(2), describe(m.group(3)));
        } else if ((m = DOWN.matcher(file)).matches() || (m = DOWN_UNDERSCORE.matcher(file)).matches()) {
            return new Name(path, Kind.ROLLBACK, null, m.group(1), m.group(2), describe(m.group(3)));
        } else if ((m = PLAIN.matcher(file)).matches()) {
            return new Name(path, Kind.FORWARD, null, m.group(1), m.group(2), describe(m.group(3)));
        }
        return null;
    }

    /** A plain numbered reading of a name first taken for an underscore-spelt up or down file. */
    private static Name plain(Name name) {
        Matcher m = PLAIN.matcher(name.file());
        return m.matches() ? new Name(name.path(), Kind.FORWARD, null, m.group(1), m.group(2), describe(m.group(3)))
                : name;
    }

    private static String stem(String file) {
        return file.substring(0, file.length() - ".sql".length());
    }

    private static String describe(String description) {
        return description == null ? "" : description;
    }

    /** Everything known about the folder without a database, computed once. */
    private final class Scan {
        Layout layout;
        boolean rollbacksRequired;
        List<MigrationStep> steps = List.of();
        List<MigrationProblem> problems = List.of();
        /** Every {@code .sql} file under the folder, read or not, relative to it. */
        List<String> sqlFiles = new ArrayList<>();
        private final List<Name> names = new ArrayList<>();
        private final List<String> unparseable = new ArrayList<>();
        private final List<MigrationProblem> found = new ArrayList<>();

        void run() {
            if (!Files.isDirectory(folder)) {
                throw new SchemaVerifyException(ErrorCode.CONFIGURATION,
                        "migrations folder " + displayFolder + " does not exist");
            }
            walk(folder, "", true);
            resolveUnderscoreSpellings();
            layout = detectLayout();
            for (String file : unparseable) {
                found.add(new MigrationProblem("unparseable-name", Severity.ERROR, display(file),
                        layout == null ? "not a migration file name, and no file of the folder follows a layout;"
                                + " name it as one of the layouts read: " + Layout.all()
                                : "not a migration file name; name it " + layout.naming));
            }
            List<Name> forwards = new ArrayList<>();
            List<Name> rollbacks = new ArrayList<>();
            List<Name> repeatables = new ArrayList<>();
            for (Name name : names) {
                switch (name.kind()) {
                    case FORWARD -> forwards.add(name);
                    case ROLLBACK -> rollbacks.add(name);
                    default -> repeatables.add(name);
                }
            }
            boolean byName = options.ordering() == Ordering.FILENAME && layout != Layout.FLYWAY;
            List<Pair> pairs = byName ? pairByName(forwards, rollbacks) : pairByVersion(forwards, rollbacks);
            boolean anyRollback = pairs.stream().anyMatch(p -> p.rollback() != null);
            List<MigrationStep> ordered = new ArrayList<>();
            for (Pair pair : pairs) {
                ordered.add(step(pair.forward(), pair.rollback(), byName));
            }
            boolean layoutHasRollbacks = layout == Layout.UP_DOWN || layout == Layout.ROLLBACK_FILES
                    || layout == Layout.FOLDER_PER_MIGRATION
                    || ordered.stream().anyMatch(s -> s.rollbackLocation() != null) || anyRollback;
            rollbacksRequired = options.requireRollbacks() != null ? options.requireRollbacks() : layoutHasRollbacks;
            for (int i = 0; i < pairs.size(); i++) {
                MigrationStep step = ordered.get(i);
                if (step.rollbackLocation() == null && rollbacksRequired) {
                    found.add(new MigrationProblem("missing-rollback", Severity.ERROR, step.location(),
                            "migration " + pairs.get(i).forward().number() + " has no rollback; add "
                                    + expectedRollback(pairs.get(i).forward())));
                }
            }
            if (options.requireRollbacks() == null && !layoutHasRollbacks && !ordered.isEmpty()) {
                found.add(new MigrationProblem("forward-only", Severity.WARNING, displayFolder, "no migration here"
                        + " has a rollback, so rollbacks are not required and rollback-check skips them; add "
                        + (layout == Layout.FLYWAY ? "U<version>__<description>.sql undo files"
                                : "-- migrate:down sections") + " to have them checked, or set requireRollbacks=true"));
            }
            if (!byName) {
                gaps(pairs);
            }
            repeatables.sort(Comparator.comparing(Name::file).thenComparing(Name::path));
            for (Name repeatable : repeatables) {
                ordered.add(step(repeatable, null, false));
            }
            found.sort(null);
            steps = List.copyOf(ordered);
            problems = List.copyOf(found);
        }

        /** Collects the names under {@code dir}; a folder holding {@code up.sql} or {@code down.sql} is one migration. */
        private void walk(Path dir, String prefix, boolean root) {
            List<Path> entries;
            try (Stream<Path> listing = Files.list(dir)) {
                entries = listing.sorted().toList();
            } catch (IOException e) {
                throw new SchemaVerifyException(ErrorCode.IO,
                        "cannot list migrations folder " + display(prefix) + ": " + e.getMessage(), e);
            }
            for (Path entry : entries) {
                String file = entry.getFileName().toString();
                String path = prefix + file;
                if (Files.isDirectory(entry)) {
                    if (Files.isRegularFile(entry.resolve(FOLDER_UP)) || Files.isRegularFile(entry.resolve(FOLDER_DOWN))) {
                        migrationFolder(entry, path);
                    } else if (options.recursive()) {
                        walk(entry, path + "/", false);
                    } else {
                        List<String> unread = sqlFilesUnder(entry, path + "/");
                        sqlFiles.addAll(unread);
                        if (!unread.isEmpty()) {
                            found.add(new MigrationProblem("unread-folder", Severity.WARNING, display(path),
                                    "holds " + unread.size() + " .sql file(s) that are not read, as recursive=false;"
                                            + " set recursive=true to read them, or move them out of " + displayFolder));
                        }
                    }
                } else if (file.endsWith(".sql") && Files.isRegularFile(entry)) {
                    sqlFiles.add(path);
                    Name name = parse(path, file);
                    if (name == null) {
                        unparseable.add(path);
                    } else {
                        names.add(name);
                    }
                }
            }
        }

        private void migrationFolder(Path dir, String path) {
            String name = dir.getFileName().toString();
            Matcher m = MIGRATION_FOLDER.matcher(name);
            for (String file : sqlFilesUnder(dir, path + "/")) {
                sqlFiles.add(file);
                if (!file.equals(path + "/" + FOLDER_UP) && !file.equals(path + "/" + FOLDER_DOWN)) {
                    found.add(new MigrationProblem("unread-file", Severity.WARNING, display(file), "is not read: a"
                            + " migration folder holds up.sql and down.sql only; move its statements into one of them"));
                }
            }
            if (!m.matches()) {
                unparseable.add(path + "/");
                return;
            }
            String description = describe(m.group(3));
            if (Files.isRegularFile(dir.resolve(FOLDER_UP))) {
                names.add(new Name(path + "/" + FOLDER_UP, Kind.FORWARD, Layout.FOLDER_PER_MIGRATION, name, m.group(2),
                        description));
            }
            if (Files.isRegularFile(dir.resolve(FOLDER_DOWN))) {
                names.add(new Name(path + "/" + FOLDER_DOWN, Kind.ROLLBACK, Layout.FOLDER_PER_MIGRATION, name,
                        m.group(2), description));
            }
        }

        private List<String> sqlFilesUnder(Path dir, String prefix) {
            try (Stream<Path> tree = Files.walk(dir)) {
                return tree.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".sql"))
                        .map(p -> prefix + dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
            } catch (IOException e) {
                throw new SchemaVerifyException(ErrorCode.IO,
                        "cannot list migrations folder " + display(prefix) + ": " + e.getMessage(), e);
            }
        }

        /**
         * {@code _up.sql} and {@code _down.sql} are also ordinary description endings ({@code 003_clean_up.sql}):
         * they are read as a direction only beside {@code .up.sql} files or their counterpart of the same number.
         */
        private void resolveUnderscoreSpellings() {
            boolean upFamily = names.stream().anyMatch(n -> UP.matcher(n.file()).matches());
            Set<String> forwardNumbers = new java.util.HashSet<>();
            Set<String> rollbackNumbers = new java.util.HashSet<>();
            for (Name name : names) {
                if (name.number() != null && name.layout() != Layout.FLYWAY) {
                    (name.kind() == Kind.ROLLBACK ? rollbackNumbers : forwardNumbers).add(name.number());
                }
            }
            for (int i = 0; i < names.size(); i++) {
                Name name = names.get(i);
                boolean underscoreUp = UP_UNDERSCORE.matcher(name.file()).matches() && !UP.matcher(name.file()).matches();
                boolean underscoreDown = DOWN_UNDERSCORE.matcher(name.file()).matches()
                        && !DOWN.matcher(name.file()).matches();
                if ((underscoreUp && !upFamily && !rollbackNumbers.contains(name.number()))
                        || (underscoreDown && !forwardNumbers.contains(name.number()))) {
                    names.set(i, plain(name));
                }
            }
        }

        /** The one layout of the tree; plain numbered files fit the rollback-file and single-file layouts. */
        private Layout detectLayout() {
            Map<Layout, List<String>> byLayout = new EnumMap<>(Layout.class);
            List<String> plain = new ArrayList<>();
            boolean rollbackFiles = false;
            for (Name name : names) {
                if (name.layout() == null) {
                    if (name.kind() == Kind.ROLLBACK) {
                        rollbackFiles = true;
                    } else {
                        plain.add(name.path());
                    }
                } else {
                    byLayout.computeIfAbsent(name.layout(), l -> new ArrayList<>()).add(name.path());
                }
            }
            if (byLayout.isEmpty()) {
                return plain.isEmpty() && !rollbackFiles ? null : rollbackFiles ? Layout.ROLLBACK_FILES : Layout.SINGLE_FILE;
            }
            if (byLayout.size() == 1) {
                Layout only = byLayout.keySet().iterator().next();
                if (plain.isEmpty() && (!rollbackFiles || only != Layout.FLYWAY)) {
                    return only;
                }
                if (only == Layout.UP_DOWN && !plain.isEmpty()) {
                    // the up/down family with a few forward files that fit it in no spelling: name those files
                    for (String file : plain) {
                        unparseable.add(file);
                    }
                    names.removeIf(n -> n.layout() == null && n.kind() == Kind.FORWARD);
                    return only;
                }
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

        /** Forwards in version order, each with the rollback of its version; one file per version and direction. */
        private List<Pair> pairByVersion(List<Name> forwards, List<Name> rollbacks) {
            Map<MigrationVersion, List<Name>> forward = byVersion(forwards);
            Map<MigrationVersion, List<Name>> rollback = byVersion(rollbacks);
            duplicates(forward);
            duplicates(rollback);
            List<Pair> pairs = new ArrayList<>();
            for (Map.Entry<MigrationVersion, List<Name>> entry : forward.entrySet()) {
                List<Name> down = rollback.get(entry.getKey());
                Name up = entry.getValue().get(0);
                pairs.add(new Pair(up, down == null ? null : down.get(0)));
                if (down != null) {
                    mismatch(up, down.get(0), "version " + up.parsedVersion());
                }
            }
            for (Map.Entry<MigrationVersion, List<Name>> entry : rollback.entrySet()) {
                if (!forward.containsKey(entry.getKey())) {
                    entry.getValue().forEach(this::orphan);
                }
            }
            return pairs;
        }

        /**
         * Forwards in file-name order, each with the rollback of the same name; a rollback left over pairs with
         * the one forward of its number left over, with a warning.
         */
        private List<Pair> pairByName(List<Name> forwards, List<Name> rollbacks) {
            Map<String, List<Name>> forward = byStem(forwards);
            Map<String, List<Name>> rollback = byStem(rollbacks);
            duplicateNames(forward);
            duplicateNames(rollback);
            Map<String, Name> pairedDown = new LinkedHashMap<>();
            List<Name> leftOver = new ArrayList<>();
            for (Map.Entry<String, List<Name>> entry : rollback.entrySet()) {
                if (forward.containsKey(entry.getKey())) {
                    pairedDown.put(entry.getKey(), entry.getValue().get(0));
                } else {
                    leftOver.addAll(entry.getValue());
                }
            }
            for (Name down : leftOver) {
                List<String> candidates = forward.keySet().stream().filter(stem -> !pairedDown.containsKey(stem))
                        .filter(stem -> forward.get(stem).get(0).number().equals(down.number())).toList();
                if (candidates.size() == 1) {
                    Name up = forward.get(candidates.get(0)).get(0);
                    pairedDown.put(candidates.get(0), down);
                    mismatch(up, down, "number " + down.number());
                } else {
                    orphan(down);
                }
            }
            List<Pair> pairs = new ArrayList<>();
            for (Map.Entry<String, List<Name>> entry : forward.entrySet()) {
                pairs.add(new Pair(entry.getValue().get(0), pairedDown.get(entry.getKey())));
            }
            return pairs;
        }

        private Map<MigrationVersion, List<Name>> byVersion(List<Name> list) {
            Map<MigrationVersion, List<Name>> map = new TreeMap<>();
            for (Name name : list) {
                map.computeIfAbsent(name.parsedVersion(), v -> new ArrayList<>()).add(name);
            }
            map.values().forEach(same -> same.sort(Comparator.comparing(Name::path)));
            return map;
        }

        private Map<String, List<Name>> byStem(List<Name> list) {
            Map<String, List<Name>> map = new TreeMap<>();
            for (Name name : list) {
                map.computeIfAbsent(name.stem(), v -> new ArrayList<>()).add(name);
            }
            map.values().forEach(same -> same.sort(Comparator.comparing(Name::path)));
            return map;
        }

        private void mismatch(Name up, Name down, String pairedBy) {
            if (!up.description().equals(down.description())) {
                found.add(new MigrationProblem("rollback-name-mismatch", Severity.WARNING, display(down.path()),
                        "pairs with " + display(up.path()) + " by " + pairedBy + ", but the descriptions differ ('"
                                + down.description() + "', '" + up.description() + "'); rename one so they match,"
                                + " or give the rollback its own migration's number"));
            }
        }

        private void orphan(Name name) {
            found.add(new MigrationProblem("orphan-rollback", Severity.ERROR, display(name.path()),
                    "rollback of version " + name.number() + ", but no migration has that version;"
                            + " rename it to match its migration, or delete it"));
        }

        private void duplicates(Map<MigrationVersion, List<Name>> byVersion) {
            for (List<Name> same : byVersion.values()) {
                for (int i = 1; i < same.size(); i++) {
                    found.add(new MigrationProblem("duplicate-version", Severity.ERROR, display(same.get(i).path()),
                            "has the same version " + same.get(i).parsedVersion() + " as " + display(same.get(0).path())
                                    + "; give one of them a new version"
                                    + (layout == Layout.FLYWAY ? "" : ", or set ordering=filename if your runner"
                                            + " orders migrations by file name")));
                }
            }
        }

        private void duplicateNames(Map<String, List<Name>> byStem) {
            for (List<Name> same : byStem.values()) {
                for (int i = 1; i < same.size(); i++) {
                    found.add(new MigrationProblem("duplicate-version", Severity.ERROR, display(same.get(i).path()),
                            "has the same name " + same.get(i).stem() + " as " + display(same.get(0).path())
                                    + "; rename one of them"));
                }
            }
        }

        /** Version gaps, only in plain integer sequences (1, 2, 4): timestamps and dotted versions skip numbers by design. */
        private void gaps(List<Pair> pairs) {
            boolean sequence = !pairs.isEmpty() && pairs.stream().map(p -> p.forward().parsedVersion())
                    .allMatch(v -> v.isInteger() && v.parts().get(0).compareTo(SEQUENCE_LIMIT) < 0);
            if (!sequence) {
                return;
            }
            BigInteger previous = null;
            for (Pair pair : pairs) {
                BigInteger current = pair.forward().parsedVersion().parts().get(0);
                if (previous != null && current.subtract(previous).compareTo(BigInteger.ONE) > 0) {
                    BigInteger first = previous.add(BigInteger.ONE);
                    BigInteger last = current.subtract(BigInteger.ONE);
                    String missing = first.equals(last) ? "version " + first + " is missing"
                            : "versions " + first + " to " + last + " are missing";
                    found.add(new MigrationProblem("version-gap", Severity.WARNING, display(pair.forward().path()),
                            "version " + current + " follows " + previous + ": " + missing
                                    + " (a deleted or not yet merged migration?)"));
                }
                previous = current;
            }
        }

        private String expectedRollback(Name forward) {
            String dir = forward.folderPrefix();
            return switch (layout) {
                case FLYWAY -> display(dir + "U" + forward.number() + "__" + forward.description() + ".sql");
                case UP_DOWN -> display(dir + forward.stem() + ".down.sql");
                case ROLLBACK_FILES -> display(dir + forward.stem() + "_rollback.sql");
                case SINGLE_FILE -> "a -- migrate:down section to " + display(forward.path());
                case FOLDER_PER_MIGRATION -> display(dir + FOLDER_DOWN);
            };
        }

        private SqlStep step(Name forward, Name rollback, boolean byName) {
            String location = display(forward.path());
            String text = SqlScripts.read(folder.resolve(forward.path()), location);
            Script up = new Script(text, location, 0, placeholders);
            Script down = null;
            String rollbackLocation = null;
            boolean forceNoTransaction = false;
            if (rollback != null) {
                rollbackLocation = display(rollback.path());
                down = new Script(SqlScripts.read(folder.resolve(rollback.path()), rollbackLocation), rollbackLocation, 0,
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
            String version = forward.kind() == Kind.REPEATABLE ? forward.description()
                    : byName ? forward.stem() : forward.number();
            return new SqlStep(version, description, location, rollbackLocation, SqlScripts.checksum(up.sql()),
                    forward.kind() == Kind.REPEATABLE, transactional, up, down, text);
        }
    }

    /** A forward migration and its rollback, or {@code null}. */
    private record Pair(Name forward, Name rollback) {
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
            execute(connection, StatementObserver.NONE);
        }

        void execute(Connection connection, StatementObserver observer) {
            SqlScripts.execute(connection, runnable(), display, lineOffset, observer);
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
        public void apply(Connection connection, StatementObserver observer) {
            up.execute(connection, observer);
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
