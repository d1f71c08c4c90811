package io.pipewright.store;

import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Connections to one workspace database and the transaction wrapper every store class uses. Each
 * operation borrows a pooled connection; a failure is rolled back and turned into a
 * {@link WorkspaceException} that names the workspace, so no caller ever sees a raw SQL stack trace.
 */
final class Db {
    /** H2 error codes the store turns into messages; see org.h2.api.ErrorCode. */
    static final int LOCK_TIMEOUT = 50200;
    static final int DEADLOCK = 40001;
    static final int CONCURRENT_UPDATE = 90131;
    static final int ALREADY_OPEN = 90020;
    static final int ENCRYPTION_ERROR = 90049;
    static final int WRONG_USER_OR_PASSWORD = 28000;
    static final int FILE_CORRUPTED = 90030;
    static final int DUPLICATE_KEY = 23505;

    private static final int ATTEMPTS = 5;

    @FunctionalInterface
    interface Work<T> {
        T apply(Connection c) throws SQLException, IOException;
    }

    private final JdbcConnectionPool pool;
    private final Path directory;

    Db(JdbcConnectionPool pool, Path directory) {
        this.pool = pool;
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Runs {@code work} in one transaction, retried when another writer made it fail with a conflict. */
    <T> T inTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.apply(c);
                    c.commit();
                    return result;
                } catch (SQLException | IOException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && retryable(e)) {
                    continue;
                }
                throw translate(e, directory);
            } catch (IOException e) {
                throw new WorkspaceException(WorkspaceException.Kind.IO,
                        "the workspace " + directory + " could not read or write a file: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Conflicts with another writer that a fresh attempt resolves: a deadlock, a concurrent update, or
     * a duplicate key from two writers creating the same project or revision number at once (the
     * retry sees the other's committed row).
     */
    private static boolean retryable(SQLException e) {
        int code = e.getErrorCode();
        return code == DEADLOCK || code == CONCURRENT_UPDATE || code == DUPLICATE_KEY;
    }

    /** A failure while using the database, in words: what happened to which workspace and what to do. */
    static WorkspaceException translate(SQLException e, Path directory) {
        String message = switch (e.getErrorCode()) {
            case LOCK_TIMEOUT -> "the workspace " + directory + " is busy: another program kept it locked for too long; try again";
            case DEADLOCK, CONCURRENT_UPDATE -> "the workspace " + directory
                    + " is being written by another program at the same moment; try again";
            case ALREADY_OPEN -> "the workspace " + directory + " is in use by another program that does not allow sharing; "
                    + "close that program (or open the workspace from Pipewright, which shares it) and try again";
            case ENCRYPTION_ERROR, WRONG_USER_OR_PASSWORD -> "wrong password for the encrypted workspace " + directory
                    + ": check PIPEWRIGHT_PASSWORD or --password (the workspace was not changed)";
            case FILE_CORRUPTED -> "the workspace " + directory + " could not be read (" + firstLine(e)
                    + "); if it is encrypted, give its password; otherwise restore a copy from " + directory.resolve("backups");
            default -> "the workspace " + directory + " reported an error: " + firstLine(e);
        };
        return new WorkspaceException(WorkspaceException.Kind.UNAVAILABLE, message, e);
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    void close() {
        pool.dispose();
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
        }
    }

    static Instant instant(java.sql.ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
