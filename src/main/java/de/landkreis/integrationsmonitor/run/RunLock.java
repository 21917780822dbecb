package de.landkreis.integrationsmonitor.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The lock that lets only one run at a time work on a database, whichever process started it. Spring Batch's job
 * repository cannot do this (every run is a new job instance), so the lock is held in the database itself, on a
 * connection of its own, and the database releases it when the holding process dies.
 */
@Component
public class RunLock {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);
    /** Any fixed number; identifies this application's advisory lock on PostgreSQL. */
    private static final long ADVISORY_KEY = 0x1A7E_6A71_0000_0001L;
    private static final int H2_WAIT_MILLIS = 200;
    // H2's codes for a row another session holds (LOCK_TIMEOUT_1, CONCURRENT_UPDATE_1); H2 is a runtime dependency,
    // so its ErrorCode class is not at hand.
    private static final Set<Integer> H2_LOCK_HELD = Set.of(50200, 90131);

    private final DataSource dataSource;

    RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The lock, held until closed; empty when another run holds it.
     *
     * @throws DataAccessResourceFailureException when the database cannot be reached: that is a failed run, not
     *                                            another run working
     */
    public Optional<Held> tryAcquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            boolean advisory = isPostgres(connection);
            boolean acquired = advisory ? advisoryLock(connection) : rowLock(connection);
            if (acquired) {
                return Optional.of(new Held(connection, advisory));
            }
            closeQuietly(connection);
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessResourceFailureException("Datenbank für die Lauf-Sperre nicht erreichbar", e);
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    private static boolean advisoryLock(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, ADVISORY_KEY);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** A row lock in an open transaction: a second session waits briefly, then gives up. */
    private static boolean rowLock(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            int usualTimeout;
            try (var result = statement.executeQuery("select lock_timeout()")) {
                result.next();
                usualTimeout = result.getInt(1);
            }
            statement.execute("set lock_timeout " + H2_WAIT_MILLIS);
            try {
                statement.executeQuery("select id from run_lock where id = 1 for update").close();
                return true;
            } catch (SQLException e) {
                if (H2_LOCK_HELD.contains(e.getErrorCode())) {
                    log.info("Lauf-Sperre gehalten von einem anderen Lauf");
                    return false;
                }
                throw e;
            } finally {
                // The pooled connection must not keep the short wait for its next user.
                statement.execute("set lock_timeout " + usualTimeout);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.close();
        } catch (SQLException e) {
            log.warn("Verbindung der Lauf-Sperre nicht sauber geschlossen", e);
        }
    }

    /** A held lock; closing it releases the lock and returns the connection. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;
        /** PostgreSQL's advisory lock, released by a statement; H2's row lock ends with the connection. */
        private final boolean advisory;

        private Held(Connection connection, boolean advisory) {
            this.connection = connection;
            this.advisory = advisory;
        }

        @Override
        public void close() {
            try {
                if (advisory) {
                    try (var statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                        statement.setLong(1, ADVISORY_KEY);
                        statement.execute();
                    }
                }
            } catch (SQLException e) {
                // A pooled connection would keep the session's advisory lock: end it for good instead.
                log.warn("Lauf-Sperre nicht freigegeben; die Verbindung wird beendet", e);
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException abortFailed) {
                    log.warn("Verbindung der Lauf-Sperre nicht beendet", abortFailed);
                }
                return;
            }
            closeQuietly(connection);
        }
    }
}
