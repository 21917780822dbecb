package de.landkreis.integrationsmonitor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The real PostgreSQL the integration tests use: {@code 127.0.0.1:5432}, database {@code test}, trust
 * authentication. Every test run works in a schema of its own, which it drops afterwards.
 */
public final class PostgresDatabase {

    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = "postgres";

    private static Boolean reachable;

    private PostgresDatabase() {
    }

    /** The JDBC URL of a schema: the schema is the first on the search path, so every table lands there. */
    public static String url(String schema) {
        return SERVER + "?currentSchema=" + schema;
    }

    public static String newSchema() {
        String schema = "im_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        execute("create schema " + schema);
        return schema;
    }

    public static void dropSchema(String schema) {
        execute("drop schema if exists " + schema + " cascade");
    }

    /** A data source of its own, as another process would have it. */
    public static DataSource dataSource(String schema) {
        return new DriverManagerDataSource(url(schema), USER, "");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static synchronized boolean reachable() {
        if (reachable == null) {
            DriverManager.setLoginTimeout(3);
            try (Connection connection = DriverManager.getConnection(SERVER, USER, "")) {
                reachable = connection.isValid(3);
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    /**
     * Skips the test class where no PostgreSQL is reachable, before any context starts; with {@code CI=true} the
     * class fails instead, so a CI machine without the database cannot pass silently.
     */
    public static final class Reachable implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            if (reachable()) {
                return;
            }
            String message = "No PostgreSQL at " + SERVER + " (user " + USER + ", trust authentication): "
                    + context.getDisplayName() + " needs it. Start it as .ci/run does, or run without these tests.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " CI=true, so this is a failure, not a skip.");
            }
            Assumptions.abort(message);
        }
    }
}
