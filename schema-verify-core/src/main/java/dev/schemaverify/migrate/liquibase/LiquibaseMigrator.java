package dev.schemaverify.migrate.liquibase;

import dev.schemaverify.migrate.MigrationStep;
import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.ChecksumVersion;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeSet;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;

/**
 * Migrates a target database through Liquibase itself: its {@code DATABASECHANGELOG} history, its
 * {@code DATABASECHANGELOGLOCK} lock, its validation (an edited, already-applied changeset stops the
 * update), so the result is exactly what {@code liquibase update} or a Spring Boot application would do.
 * Liquibase commits after each changeset; the caller's connection stays open and its auto-commit setting
 * is restored.
 *
 * <p>A target is a changeset version, {@code id::author} as {@link MigrationStep#version()} gives it:
 * pending changesets up to and including that one are applied. The changelog's {@link LiquibaseChangelog#filtered contexts and labels} are passed to Liquibase.
 *
 * <p>{@link #status} and {@link #updateSql} change nothing: on a database without a Liquibase history
 * table they do not ask Liquibase (which would create the table), every changeset is simply pending.
 */
public final class LiquibaseMigrator {
    private static final Pattern FAILED_CHANGESET = Pattern.compile("Migration failed for changeset (\\S+)::([^:\\s]+)::([^:\\s]+):");

    private static final Pattern EDITED =
            Pattern.compile("(\\S+)::([^:\\s]+)::([^:\\s]+) was: (\\S+) but is now: (\\S+)");

    private final LiquibaseChangelog changelog;

    public LiquibaseMigrator(LiquibaseChangelog changelog) {
        this.changelog = Objects.requireNonNull(changelog, "changelog");
    }

    /** A changeset as reported: its version ({@code id::author}), {@code <file>::<id>::<author>}, and description. */
    public record Changeset(String version, String location, String description) {
        public Changeset {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(description, "description");
        }

        @Override
        public String toString() {
            return location + " (" + description + ")";
        }
    }

    /**
     * What an update would do, and what history says went wrong.
     *
     * @param pending changesets not yet applied (or {@code runOnChange} ones changed since), in the order they apply
     * @param edited applied changesets whose file changed since; Liquibase refuses to update until resolved
     * @param missing applied changesets the changelog no longer contains
     */
    public record Status(List<Changeset> pending, List<Changeset> edited, List<Changeset> missing) {
        public Status {
            pending = List.copyOf(pending);
            edited = List.copyOf(edited);
            missing = List.copyOf(missing);
        }

        public boolean upToDate() {
            return pending.isEmpty() && edited.isEmpty() && missing.isEmpty();
        }
    }

    /**
     * Applies the pending changesets through Liquibase's update, up to and including {@code targetVersion}
     * ({@code null}: all). Returns the changesets applied, in order.
     */
    public List<Changeset> update(Connection connection, String targetVersion) {
        return withLiquibase(connection, false, (liquibase, database) -> {
            List<ChangeSet> pending = pending(liquibase, database, connection);
            int count = countUpTo(pending, targetVersion);
            if (count == 0) {
                return List.of();
            }
            if (targetVersion == null) {
                liquibase.update(changelog.contexts(), changelog.labels());
            } else {
                liquibase.update(count, changelog.contexts(), changelog.labels());
            }
            return refs(pending.subList(0, count));
        });
    }

    /**
     * The dry run: writes the SQL Liquibase would run (its {@code updateSql}, history and lock statements
     * included) to {@code out}, up to and including {@code targetVersion} ({@code null}: all). Changes
     * nothing in the database. Returns the changesets that would be applied.
     */
    public List<Changeset> updateSql(Connection connection, String targetVersion, Writer out) {
        Objects.requireNonNull(out, "out");
        return withLiquibase(connection, true, (liquibase, database) -> {
            List<ChangeSet> pending = pending(liquibase, database, connection);
            int count = countUpTo(pending, targetVersion);
            if (targetVersion == null) {
                liquibase.update(changelog.contexts(), changelog.labels(), out);
            } else {
                liquibase.update(count, changelog.contexts(), changelog.labels(), out);
            }
            return refs(pending.subList(0, count));
        });
    }

    /**
     * Rolls the database back through Liquibase's own rollback (each changeset's rollback block, newest
     * first, with Liquibase's history and lock) until {@code targetVersion} ({@code id::author}, or
     * {@code 0} for all) is the newest applied changeset. With {@code out}, writes the SQL instead and
     * changes nothing. Returns the changesets rolled back, newest first.
     */
    public List<Changeset> rollback(Connection connection, String targetVersion, Writer out) {
        return withLiquibase(connection, out != null, (liquibase, database) -> {
            List<RanChangeSet> ran = historyExists(connection, database)
                    ? new ArrayList<>(ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database).getRanChangeSets())
                    : new ArrayList<>();
            int keep = 0;
            if (!"0".equals(targetVersion)) {
                keep = -1;
                for (int i = 0; i < ran.size(); i++) {
                    if ((ran.get(i).getId() + "::" + ran.get(i).getAuthor()).equals(targetVersion)) {
                        keep = i + 1;
                    }
                }
                if (keep < 0) {
                    throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "the rollback target " + targetVersion
                            + " is not an applied changeset of " + changelog.displayPath() + "; name it as id::author,"
                            + " or 0 to roll back every changeset");
                }
            }
            List<Changeset> undone = new ArrayList<>();
            for (int i = ran.size() - 1; i >= keep; i--) {
                RanChangeSet gone = ran.get(i);
                String version = gone.getId() + "::" + gone.getAuthor();
                undone.add(new Changeset(version, changelog.display(gone.getChangeLog()) + "::" + version,
                        gone.getComments() == null || gone.getComments().isBlank() ? gone.getId() : gone.getComments()));
            }
            if (undone.isEmpty()) {
                return undone;
            }
            if (out == null) {
                liquibase.rollback(undone.size(), null, new Contexts(), new LabelExpression());
            } else {
                liquibase.rollback(undone.size(), null, new Contexts(), new LabelExpression(), out);
            }
            return undone;
        });
    }

    /**
     * Pending, edited and missing changesets, from Liquibase's history table as Liquibase reads it,
     * compared with the changelog by Liquibase's identity (file, id, author) and checksums. Unlike
     * Liquibase's own status, an edited changeset does not stop the report: it is reported.
     */
    public Status status(Connection connection) {
        return withLiquibase(connection, true, (liquibase, database) -> {
            List<RanChangeSet> ran = historyExists(connection, database)
                    ? new ArrayList<>(ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database).getRanChangeSets())
                    : new ArrayList<>();
            List<Changeset> pending = new ArrayList<>();
            List<Changeset> edited = new ArrayList<>();
            for (ChangesetStep step : changelog.changesetSteps()) {
                ChangeSet changeSet = step.changeSet();
                RanChangeSet previous = ran.stream().filter(r -> r.isSameAs(changeSet)).findFirst().orElse(null);
                if (previous == null) {
                    pending.add(ref(changeSet));
                    continue;
                }
                ran.remove(previous);
                boolean changed = isEdited(changeSet, previous.getLastCheckSum());
                if (changeSet.isAlwaysRun() || changed && changeSet.isRunOnChange()) {
                    pending.add(ref(changeSet));
                } else if (changed) {
                    edited.add(ref(changeSet));
                }
            }
            List<Changeset> missing = new ArrayList<>();
            for (RanChangeSet gone : ran) {
                String version = gone.getId() + "::" + gone.getAuthor();
                String description = gone.getComments() != null && !gone.getComments().isBlank() ? gone.getComments()
                        : gone.getId();
                missing.add(new Changeset(version, changelog.display(gone.getChangeLog()) + "::" + version, description));
            }
            return new Status(pending, edited, missing);
        });
    }

    private static boolean isEdited(ChangeSet changeSet, CheckSum stored) {
        if (stored == null || changeSet.isCheckSumValid(stored)) {
            return false;
        }
        ChecksumVersion version = ChecksumVersion.enumFromChecksumVersion(stored.getVersion());
        return version == null || !changeSet.generateCheckSum(version).equals(stored);
    }

    private List<ChangeSet> pending(Liquibase liquibase, Database database, Connection connection) throws Exception {
        if (historyExists(connection, database)) {
            return liquibase.listUnrunChangeSets(changelog.contexts(), changelog.labels(), false);
        }
        List<ChangeSet> all = new ArrayList<>();
        for (ChangesetStep step : changelog.changesetSteps()) {
            all.add(step.changeSet());
        }
        return all;
    }

    private int countUpTo(List<ChangeSet> pending, String targetVersion) {
        if (targetVersion == null) {
            return pending.size();
        }
        for (int i = 0; i < pending.size(); i++) {
            if (version(pending.get(i)).equals(targetVersion)) {
                return i + 1;
            }
        }
        for (MigrationStep step : changelog.steps()) {
            if (step.version().equals(targetVersion)) {
                return 0;
            }
        }
        throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "target " + targetVersion + " is not a changeset of "
                + changelog.displayPath() + "; name the target as id::author, e.g. "
                + (changelog.steps().isEmpty() ? "1::alice" : changelog.steps().get(0).version()));
    }

    private static boolean historyExists(Connection connection, Database database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relname = lower(?) AND n.nspname = coalesce(?, current_schema())")) {
            query.setString(1, database.getDatabaseChangeLogTableName());
            query.setString(2, database.getLiquibaseSchemaName());
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private List<Changeset> refs(List<ChangeSet> changeSets) {
        List<Changeset> refs = new ArrayList<>();
        changeSets.forEach(changeSet -> refs.add(ref(changeSet)));
        return refs;
    }

    private Changeset ref(ChangeSet changeSet) {
        String version = version(changeSet);
        String comments = changeSet.getComments();
        return new Changeset(version, changelog.display(changeSet.getChangeLog().getPhysicalFilePath()) + "::" + version,
                comments == null || comments.isBlank() ? changeSet.getId() : comments.strip());
    }

    private static String version(ChangeSet changeSet) {
        return changeSet.getId() + "::" + changeSet.getAuthor();
    }

    private interface Body<T> {
        T run(Liquibase liquibase, Database database) throws Exception;
    }

    private <T> T withLiquibase(Connection connection, boolean silent, Body<T> body) {
        changelog.steps(); // a broken changelog fails here, with our message, before Liquibase logs it
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.CONNECTION, "lost the connection: " + e.getMessage(), e);
        }
        try {
            return changelog.withLiquibase(silent, () -> {
                Database database = LiquibaseRuntime.database(connection);
                connection.setAutoCommit(false);
                Liquibase liquibase = new Liquibase(changelog.changelogPath(),
                        Scope.getCurrentScope().getResourceAccessor(), database);
                liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
                return body.run(liquibase, database);
            });
        } catch (SchemaVerifyException e) {
            throw e;
        } catch (Exception e) {
            throw failure(e);
        } finally {
            try {
                if (!connection.isClosed()) {
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException ignored) {
                // the failure being thrown, if any, says more than this one
            }
        }
    }

    private SchemaVerifyException failure(Exception e) {
        String message = LiquibaseMessages.of(e);
        Matcher edited = EDITED.matcher(message);
        List<String> edits = new ArrayList<>();
        while (edited.find()) {
            edits.add(changelog.display(edited.group(1)) + "::" + edited.group(2) + "::" + edited.group(3)
                    + ": changeset was edited after it was applied (checksum was " + edited.group(4) + ", is now "
                    + edited.group(5) + "); undo the edit and make the change in a new changeset");
        }
        if (!edits.isEmpty()) {
            return new SchemaVerifyException(ErrorCode.CONFIGURATION, String.join("\n", edits), e);
        }
        Matcher failed = FAILED_CHANGESET.matcher(message);
        if (failed.find()) {
            return new SchemaVerifyException(ErrorCode.SQL, changelog.display(failed.group(1)) + "::" + failed.group(2)
                    + "::" + failed.group(3) + ": " + PostgresMessages.of(e), e);
        }
        return new SchemaVerifyException(ErrorCode.SQL, changelog.displayPath() + ": " + message, e);
    }
}
