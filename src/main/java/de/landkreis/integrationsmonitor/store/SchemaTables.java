package de.landkreis.integrationsmonitor.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The one list of the database's tables, read from the schema itself: every base table except Flyway's history,
 * Spring Batch's tables included, with its primary key, identity column and foreign keys. The move between databases
 * ({@link DatabaseTransfer}), the takeover of a crashed run's files ({@link ReceivedFiles#takeOverUnsettled}) and the
 * tests that empty the tables all ask here, so a table a migration adds moves, is forgotten with its file and is
 * emptied without being listed anywhere else.
 */
@Component
public class SchemaTables {

    /**
     * The tables the application fills itself before any run: the reference data at every start, the run lock's row
     * (migration), the initial analyst at the first start of the server. An import replaces them with the file's
     * rows; tests keep them. {@code DatabaseMoveTests} fails when a fresh start of the application fills a table
     * missing here (the initial analyst of a server start is created in the tests of {@code web}).
     */
    public static final Set<String> FILLED_AT_START = Set.of("municipality", "core_topic", "mailbox", "run_lock", "web_user");

    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final DataSource dataSource;
    private volatile List<Table> tables;

    public SchemaTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A base table of the schema, names in lower case.
     *
     * @param primaryKey     its primary key columns in key order; empty for a table without one
     * @param identityColumn the column the database numbers itself, or null
     * @param foreignKeys    its references to other tables and to itself
     * @param columns        every column in the database's order
     */
    public record Table(String name, List<String> primaryKey, String identityColumn, List<ForeignKey> foreignKeys,
                        List<String> columns) {

        public boolean filledAtStart() {
            return FILLED_AT_START.contains(name);
        }

        /** The columns that give its rows one stable order: the primary key, else every column. */
        public List<String> orderColumns() {
            return primaryKey.isEmpty() ? columns : primaryKey;
        }

        /** The columns referencing this same table (a version superseded by a later one). */
        public List<String> selfReferences() {
            return foreignKeys.stream().filter(k -> k.parent().equals(name)).map(ForeignKey::column).toList();
        }
    }

    /** {@code column} references {@code parent.parentColumn}. */
    public record ForeignKey(String column, String parent, String parentColumn) {
    }

    /** Every table, each after the tables it references (inserting in this order satisfies every foreign key). */
    public List<Table> inDependencyOrder() {
        List<Table> read = tables;
        if (read == null) {
            read = read();
            tables = read;
        }
        return read;
    }

    /**
     * The statements that delete every row depending, through foreign keys, on one row of {@code root} (not that row
     * itself), children first; each takes the root row's key as the parameter {@code :root}. A self reference into
     * the deleted rows is cleared before they go.
     */
    public List<String> deleteDependentsOf(String root) {
        Map<String, String> selected = new LinkedHashMap<>();
        Table rootTable = table(root);
        selected.put(root, rootTable.primaryKey().get(0) + " = :root");
        for (Table table : inDependencyOrder()) {
            List<String> conditions = new ArrayList<>();
            for (ForeignKey key : table.foreignKeys()) {
                String parentCondition = selected.get(key.parent());
                if (parentCondition != null && !key.parent().equals(table.name())) {
                    conditions.add(key.column() + " in (select " + key.parentColumn() + " from " + key.parent()
                            + " where " + parentCondition + ")");
                }
            }
            if (!conditions.isEmpty() && !table.name().equals(root)) {
                selected.put(table.name(), "(" + String.join(" or ", conditions) + ")");
            }
        }
        List<String> statements = new ArrayList<>();
        List<String> dependents = new ArrayList<>(selected.keySet());
        dependents.remove(root);
        for (int i = dependents.size() - 1; i >= 0; i--) {
            Table table = table(dependents.get(i));
            String condition = selected.get(table.name());
            for (String column : table.selfReferences()) {
                statements.add("update " + table.name() + " set " + column + " = null where " + column + " in (select "
                        + table.primaryKey().get(0) + " from " + table.name() + " where " + condition + ")");
            }
            statements.add("delete from " + table.name() + " where " + condition);
        }
        return statements;
    }

    public Table table(String name) {
        return inDependencyOrder().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    private List<Table> read() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            Map<String, Table> byName = new TreeMap<>();
            try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
                while (rs.next()) {
                    String type = rs.getString("TABLE_TYPE");
                    String name = rs.getString("TABLE_NAME");
                    // H2 2 says BASE TABLE, PostgreSQL TABLE.
                    if (("TABLE".equals(type) || "BASE TABLE".equals(type))
                            && !FLYWAY_HISTORY.equalsIgnoreCase(name)) {
                        byName.put(lower(name), describe(meta, catalog, schema, name));
                    }
                }
            }
            return sorted(byName);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database schema", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static Table describe(DatabaseMetaData meta, String catalog, String schema, String name)
            throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, name)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        String identity = null;
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, name, "%")) {
            while (rs.next()) {
                columns.add(lower(rs.getString("COLUMN_NAME")));
                if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
                    identity = lower(rs.getString("COLUMN_NAME"));
                }
            }
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, name)) {
            while (rs.next()) {
                foreignKeys.add(new ForeignKey(lower(rs.getString("FKCOLUMN_NAME")),
                        lower(rs.getString("PKTABLE_NAME")), lower(rs.getString("PKCOLUMN_NAME"))));
            }
        }
        foreignKeys.sort(Comparator.comparing(ForeignKey::column));
        return new Table(lower(name), List.copyOf(key.values()), identity, List.copyOf(foreignKeys),
                List.copyOf(columns));
    }

    /** Parents before children; among tables free to go next, by name, so the order is the same on every database. */
    private static List<Table> sorted(Map<String, Table> byName) {
        List<Table> order = new ArrayList<>();
        Map<String, Table> left = new TreeMap<>(byName);
        while (!left.isEmpty()) {
            Table next = left.values().stream()
                    .filter(t -> t.foreignKeys().stream().allMatch(k -> k.parent().equals(t.name())
                            || !left.containsKey(k.parent())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys form a cycle: " + left.keySet()));
            order.add(next);
            left.remove(next.name());
        }
        return List.copyOf(order);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
