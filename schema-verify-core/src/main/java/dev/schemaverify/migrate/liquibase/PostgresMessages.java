package dev.schemaverify.migrate.liquibase;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Finds what PostgreSQL said under the layers of exceptions Liquibase wraps around it. */
final class PostgresMessages {
    private PostgresMessages() {
    }

    static String of(Throwable failure) {
        SQLException deepestSql = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getMessage() != null) {
                return render(psql.getServerErrorMessage());
            }
            if (t instanceof SQLException sql) {
                deepestSql = sql;
            }
        }
        if (deepestSql != null) {
            return deepestSql.getMessage();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private static String render(ServerErrorMessage server) {
        StringBuilder message = new StringBuilder(server.getMessage());
        if (server.getDetail() != null) {
            message.append("; detail: ").append(server.getDetail());
        }
        if (server.getHint() != null) {
            message.append("; hint: ").append(server.getHint());
        }
        return message.toString();
    }
}
