package dev.schemaverify.migrate.liquibase;

import dev.schemaverify.migrate.MigrationProblem;
import dev.schemaverify.migrate.MigrationSource;
import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import liquibase.ChecksumVersion;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.database.DatabaseList;
import liquibase.database.core.PostgresDatabase;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * A Liquibase changelog (XML, YAML, JSON or formatted SQL, with its includes) as migration steps: one
 * {@link MigrationStep} per changeset, parsed by Liquibase itself, in the order Liquibase runs them.
 *
 * <p><b>Where includes resolve.</b> Liquibase resolves an {@code include} either relative to the
 * including file ({@code relativeToChangelogFile: true}) or relative to its search path. The search path
 * here is one folder, the <em>search root</em>: by default the Maven resources folder the changelog lives
 * in ({@code src/main/resources} or {@code src/test/resources}, so {@code file: db/changelog/changes/x.yaml}
 * works as it does for Spring Boot), otherwise the changelog's own folder. The changelog is then known to
 * Liquibase by its path relative to that root ({@code db/changelog/db.changelog-master.yaml}), which is
 * the file name Liquibase writes to {@code DATABASECHANGELOG}, the same one a Spring Boot application
 * records, so {@link LiquibaseMigrator#status} matches history written by the application. Use
 * {@link #LiquibaseChangelog(Path, String, String)} to name a different root.
 *
 * <p><b>What is a step.</b> Changesets marked {@code ignore} or limited by {@code dbms} to other databases
 * are left out, and so are those that the {@link #filtered(String, String) contexts and labels} exclude, as
 * Liquibase's own {@code update --contexts=... --label-filter=...} would (a {@code problems()} note lists
 * them); without contexts or labels every changeset is a step, as for Liquibase. Preconditions are
 * evaluated by {@link MigrationStep#skipReason} on the database the step would run on. A step's version is {@code id::author}; its location is
 * {@code <file>::<id>::<author>}; its checksum is Liquibase's own ({@code 9:...}), the value Liquibase
 * stores in {@code DATABASECHANGELOG.MD5SUM}. {@code runOnChange} and {@code runAlways} changesets are
 * {@link MigrationStep#repeatable() repeatable}, but keep their place in the changelog order.
 */
public final class LiquibaseChangelog implements MigrationSource {
    private final Path searchRoot;
    private final String changelogPath;
    private final String displayPath;
    private final String displayRoot;
    private final String contexts;
    private final String labels;
    private Parsed parsed;

    /**
     * A changelog file, its includes resolved from the Maven resources folder it is in (or its own folder).
     *
     * @param displayPath how the file is named in messages, usually relative to the project
     */
    public LiquibaseChangelog(Path changelogFile, String displayPath) {
        this(searchRootOf(changelogFile.toAbsolutePath().normalize()),
                relativePath(searchRootOf(changelogFile.toAbsolutePath().normalize()),
                        changelogFile.toAbsolutePath().normalize()),
                displayPath);
    }

    /**
     * A changelog known to Liquibase as {@code changelogPath} under {@code searchRoot}, the one folder
     * includes and {@code sqlFile} paths resolve from.
     *
     * @param changelogPath relative to {@code searchRoot}, with {@code /}: {@code db/changelog/db.changelog-master.xml}
     * @param displayPath how the changelog file is named in messages, usually relative to the project
     */
    public LiquibaseChangelog(Path searchRoot, String changelogPath, String displayPath) {
        this(searchRoot, changelogPath, displayPath, null, null);
    }

    private LiquibaseChangelog(Path searchRoot, String changelogPath, String displayPath, String contexts,
            String labels) {
        this.searchRoot = searchRoot.toAbsolutePath().normalize();
        this.changelogPath = Objects.requireNonNull(changelogPath, "changelogPath").replace('\\', '/');
        this.displayPath = Objects.requireNonNull(displayPath, "displayPath");
        this.displayRoot = displayRootOf(this.displayPath, this.changelogPath);
        this.contexts = blankToNull(contexts);
        this.labels = blankToNull(labels);
    }

    /**
     * This changelog limited to the changesets Liquibase runs under {@code contexts} (a context expression
     * such as {@code prod} or {@code prod and !test}) and {@code labels} (a label expression); {@code null}
     * or blank: no limit. Every goal (migrate, status, rollback-check, verify, inspect, diff) then works on
     * the same changesets.
     */
    public LiquibaseChangelog filtered(String contexts, String labels) {
        return new LiquibaseChangelog(searchRoot, changelogPath, displayPath, contexts, labels);
    }

    /** The Liquibase contexts given to every run, empty for all changesets. */
    Contexts contexts() {
        return contexts == null ? new Contexts() : new Contexts(contexts);
    }

    /** The Liquibase label expression given to every run, empty for all changesets. */
    LabelExpression labels() {
        return labels == null ? new LabelExpression() : new LabelExpression(labels);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    public boolean isChangelog() {
        return true;
    }

    @Override
    public String describe() {
        return "Liquibase changelog " + displayPath + (contexts == null ? "" : ", contexts " + contexts)
                + (labels == null ? "" : ", labels " + labels);
    }

    @Override
    public List<MigrationStep> steps() {
        return List.copyOf(parsed().steps());
    }

    @Override
    public List<MigrationProblem> problems() {
        return parsed().problems();
    }

    /** How the changelog is named in messages. */
    public String displayPath() {
        return displayPath;
    }

    String changelogPath() {
        return changelogPath;
    }

    /** A file path as Liquibase knows it (relative to the search root), as the user sees it. */
    String display(String liquibasePath) {
        String path = liquibasePath.replace('\\', '/');
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return displayRoot + path;
    }

    /** Runs {@code body} in a quiet Liquibase scope whose resources come from the search root. */
    <T> T withLiquibase(Callable<T> body) throws Exception {
        return withLiquibase(false, body);
    }

    /** As {@link #withLiquibase(Callable)}; {@code silent} drops Liquibase's warnings too. */
    <T> T withLiquibase(boolean silent, Callable<T> body) throws Exception {
        try (DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(searchRoot)) {
            return LiquibaseRuntime.call(accessor, silent, body);
        }
    }

    synchronized List<ChangesetStep> changesetSteps() {
        return parsed().steps();
    }

    private synchronized Parsed parsed() {
        if (parsed == null) {
            parsed = parse();
        }
        return parsed;
    }

    private Parsed parse() {
        if (!Files.isRegularFile(searchRoot.resolve(changelogPath))) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "Liquibase changelog " + displayPath
                    + " does not exist; create it or point the changelog setting at an existing file");
        }
        try {
            return withLiquibase(true, () -> {
                Database offline = new PostgresDatabase();
                ChangeLogParser parser = ChangeLogParserFactory.getInstance()
                        .getParser(changelogPath, liquibase.Scope.getCurrentScope().getResourceAccessor());
                DatabaseChangeLog changeLog = parser.parse(changelogPath, new ChangeLogParameters(offline),
                        liquibase.Scope.getCurrentScope().getResourceAccessor());
                return build(changeLog, offline);
            });
        } catch (SchemaVerifyException e) {
            throw e;
        } catch (Exception e) {
            throw new SchemaVerifyException(ErrorCode.CONFIGURATION,
                    ParseErrors.describe(e, displayPath, this::display), e);
        }
    }

    private Parsed build(DatabaseChangeLog changeLog, Database offline) {
        List<ChangesetStep> steps = new ArrayList<>();
        List<MigrationProblem> problems = new ArrayList<>();
        Map<String, String> firstFileOfVersion = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        ContextChangeSetFilter contextFilter = new ContextChangeSetFilter(contexts());
        LabelChangeSetFilter labelFilter = new LabelChangeSetFilter(labels());
        List<String> leftOut = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            if (changeSet.isIgnore() || !DatabaseList.definitionMatches(changeSet.getDbmsSet(), offline, true)) {
                continue;
            }
            String file = display(changeSet.getChangeLog().getPhysicalFilePath());
            String version = changeSet.getId() + "::" + changeSet.getAuthor();
            String location = file + "::" + version;
            if (!contextFilter.accepts(changeSet).isAccepted() || !labelFilter.accepts(changeSet).isAccepted()) {
                leftOut.add(version);
                continue;
            }
            if (!seen.add(location)) {
                problems.add(new MigrationProblem("duplicate-changeset", Severity.ERROR, location,
                        "changeset " + version + " is defined more than once in " + file
                                + "; Liquibase refuses to run the changelog; give one of them a new id"));
                continue;
            }
            String otherFile = firstFileOfVersion.putIfAbsent(version, file);
            if (otherFile != null) {
                problems.add(new MigrationProblem("duplicate-changeset", Severity.WARNING, location,
                        "changeset " + version + " is also defined in " + otherFile
                                + "; Liquibase tells them apart by file, but reports cannot; give one of them a new id"));
            }
            boolean rollback = changeSet.supportsRollback(offline);
            if (!rollback) {
                problems.add(new MigrationProblem("missing-rollback", Severity.ERROR, location,
                        missingRollbackMessage(changeSet, offline, file)));
            }
            String comments = changeSet.getComments();
            String physical = changeSet.getChangeLog().getPhysicalFilePath();
            int line = ChangesetLines.find(texts.computeIfAbsent(physical, this::text), changeSet.getId(),
                    changeSet.getAuthor());
            steps.add(new ChangesetStep(this, changeSet, version,
                    comments == null || comments.isBlank() ? changeSet.getId() : comments.strip(),
                    location, rollback ? location : null,
                    changeSet.generateCheckSum(ChecksumVersion.latest()).toString(), file, line));
        }
        if (!leftOut.isEmpty()) {
            problems.add(new MigrationProblem("changeset-filtered", Severity.INFO, displayPath, leftOut.size()
                    + " changeset(s) left out by " + (contexts == null ? "" : "contexts '" + contexts + "'")
                    + (contexts != null && labels != null ? " and " : "") + (labels == null ? "" : "labels '" + labels
                    + "'") + ", as Liquibase would: " + String.join(", ", leftOut)));
        }
        Collections.sort(problems);
        return new Parsed(List.copyOf(steps), List.copyOf(problems));
    }

    /** The text of a changelog file as Liquibase names it (under the search root), or {@code null} if unreadable. */
    private String text(String liquibasePath) {
        String path = liquibasePath.replace('\\', '/');
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        try {
            return Files.readString(searchRoot.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String missingRollbackMessage(ChangeSet changeSet, Database offline, String file) {
        Set<String> types = new LinkedHashSet<>();
        for (Change change : changeSet.getChanges()) {
            if (!change.supportsRollback(offline)) {
                types.add(change.getSerializedObjectName());
            }
        }
        String lower = file.toLowerCase(Locale.ROOT);
        String how = lower.endsWith(".sql") ? "a --rollback line"
                : lower.endsWith(".xml") ? "a <rollback> element"
                : lower.endsWith(".json") ? "a \"rollback\" entry" : "a rollback: entry";
        String why = types.isEmpty() ? "" : "Liquibase cannot undo " + String.join(", ", types) + " by itself; ";
        return "changeset has no rollback; " + why + "add " + how
                + " (an empty one if nothing needs undoing)";
    }

    private static Path searchRootOf(Path changelogFile) {
        for (Path dir = changelogFile.getParent(); dir != null; dir = dir.getParent()) {
            Path parent = dir.getParent();
            if (dir.getFileName() != null && dir.getFileName().toString().equals("resources") && parent != null
                    && parent.getFileName() != null
                    && (parent.getFileName().toString().equals("main") || parent.getFileName().toString().equals("test"))
                    && parent.getParent() != null && parent.getParent().getFileName() != null
                    && parent.getParent().getFileName().toString().equals("src")) {
                return dir;
            }
        }
        Path parent = changelogFile.getParent();
        return parent == null ? Path.of("") .toAbsolutePath() : parent;
    }

    private static String relativePath(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The display path of the search root: {@code displayPath} less as many trailing segments as the changelog path has. */
    private static String displayRootOf(String displayPath, String changelogPath) {
        String display = displayPath.replace('\\', '/');
        int segments = changelogPath.split("/").length;
        int cut = display.length();
        for (int i = 0; i < segments; i++) {
            cut = display.lastIndexOf('/', cut - 1);
            if (cut < 0) {
                return "";
            }
        }
        return display.substring(0, cut + 1);
    }

    private record Parsed(List<ChangesetStep> steps, List<MigrationProblem> problems) {
    }
}
