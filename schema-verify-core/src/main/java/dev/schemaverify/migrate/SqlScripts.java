package dev.schemaverify.migrate;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Running SQL migration scripts: reading them, executing them statement by statement with errors that
 * point at the file, line and column PostgreSQL complains about, checksums, and telling whether a
 * script can run inside a transaction.
 */
public final class SqlScripts {
    /**
     * Statements PostgreSQL refuses inside a transaction block (PostgreSQL 12 and later, where
     * {@code ALTER TYPE ... ADD VALUE} is allowed), matched on the statement's words without comments.
     */
    private static final List<Pattern> NON_TRANSACTIONAL = List.of(
            Pattern.compile("create (unique )?index concurrently\\b.*"),
            Pattern.compile("drop index concurrently\\b.*"),
            Pattern.compile("reindex\\b.*\\bconcurrently\\b.*"),
            Pattern.compile("vacuum\\b.*"),
            Pattern.compile("create database\\b.*"),
            Pattern.compile("drop database\\b.*"));

    private SqlScripts() {
    }

    /** The file as strict UTF-8 without a leading byte-order mark; {@code display} names it in errors. */
    public static String read(Path file, String display) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            // Editors on Windows write a byte-order mark; PostgreSQL would read it as part of the first word.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new SchemaVerifyException(ErrorCode.IO, display + ": not valid UTF-8; save the file as UTF-8", e);
        } catch (IOException e) {
            throw new SchemaVerifyException(ErrorCode.IO, display + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** SHA-256 in lower-case hex of {@code sql} with CRLF line ends read as LF, so a checkout's line ends do not count. */
    public static String checksum(String sql) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether every statement of the script may run inside a transaction block. Comments and string
     * contents never count: the script is split into statements first.
     */
    public static boolean transactional(String sql, String displayPath, int lineOffset) {
        for (SqlStatement statement : SqlSplitter.split(sql, displayPath, lineOffset)) {
            String words = words(statement.sql());
            for (Pattern pattern : NON_TRANSACTIONAL) {
                if (pattern.matcher(words).matches()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Executes the script's statements one by one on {@code connection}, in whatever transaction the
     * caller holds. {@code sql} starts after line {@code lineOffset} of {@code displayPath} (0 for a whole
     * file); a failure is a {@link SchemaVerifyException} ({@link ErrorCode#SQL}) reading
     * {@code path:line:column: PostgreSQL's message}, and the caller rolls back.
     */
    public static int execute(Connection connection, String sql, String displayPath, int lineOffset) {
        return execute(connection, sql, displayPath, lineOffset, StatementObserver.NONE);
    }

    /** As {@link #execute(Connection, String, String, int)}, telling {@code observer} about each statement. */
    public static int execute(Connection connection, String sql, String displayPath, int lineOffset,
            StatementObserver observer) {
        List<SqlStatement> statements = SqlSplitter.split(sql, displayPath, lineOffset);
        try (Statement jdbc = connection.createStatement()) {
            jdbc.setEscapeProcessing(false);
            for (SqlStatement statement : statements) {
                observer.before(connection, displayPath, statement);
                try {
                    jdbc.execute(statement.sql());
                } catch (SQLException e) {
                    throw failure(displayPath, statement, e);
                }
                observer.after(connection, displayPath, statement);
            }
        } catch (SQLException e) {
            throw new SchemaVerifyException(ErrorCode.SQL, displayPath + ": " + e.getMessage(), e);
        }
        return statements.size();
    }

    private static SchemaVerifyException failure(String name, SqlStatement statement, SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        int[] where = server == null
                ? new int[] {statement.line(), statement.column()}
                : statement.lineAndColumnAt(server.getPosition());
        StringBuilder message = new StringBuilder(name).append(':').append(where[0]).append(':').append(where[1])
                .append(": ");
        if (server == null || server.getMessage() == null) {
            message.append(e.getMessage());
        } else {
            message.append(server.getMessage());
            if (server.getDetail() != null) {
                message.append("; detail: ").append(server.getDetail());
            }
            if (server.getHint() != null) {
                message.append("; hint: ").append(server.getHint());
            }
        }
        return new SchemaVerifyException(ErrorCode.SQL, message.toString(), e);
    }

    /** Whether PostgreSQL runs {@code statement} inside a transaction block ({@code CREATE INDEX CONCURRENTLY} it refuses). */
    public static boolean runsInTransaction(String statement) {
        String words = words(statement);
        return NON_TRANSACTIONAL.stream().noneMatch(p -> p.matcher(words).matches());
    }

    /** The statement's words, lower case, single-spaced, without comments. */
    public static String words(String statement) {
        String withoutComments = statement.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\n]*", " ");
        return withoutComments.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
