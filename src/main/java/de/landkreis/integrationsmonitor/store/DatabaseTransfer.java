package de.landkreis.integrationsmonitor.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.landkreis.integrationsmonitor.store.SchemaTables.Table;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies the whole database to a portable file and back, so the data can move between H2 and PostgreSQL (H2's
 * own SQL dump is not PostgreSQL SQL). The file is a zip with one JSON-lines file per table (one object per row,
 * columns by name) and a {@code manifest.json} with the schema version, the columns and the row count of each
 * table. It holds every table {@link SchemaTables} lists: the project's, Spring Batch's job repository (so the run
 * history and the job execution numbers the runs refer to move along) and the analysts stored in the database with
 * their password hashes; not Flyway's history, which the target's own migrations write.
 */
@Component
public class DatabaseTransfer {

    static final String FORMAT = "integrationsmonitor-export";
    static final int FORMAT_VERSION = 1;
    private static final String MANIFEST = "manifest.json";

    /** Spring Batch's sequences and the column each one numbers. */
    private static final Map<String, String> BATCH_SEQUENCES = Map.of(
            "batch_job_seq", "batch_job_instance.job_instance_id",
            "batch_job_execution_seq", "batch_job_execution.job_execution_id",
            "batch_step_execution_seq", "batch_step_execution.step_execution_id");

    private final JdbcTemplate jdbc;
    private final SchemaTables schema;
    private final Flyway flyway;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    DatabaseTransfer(JdbcTemplate jdbc, SchemaTables schema, Flyway flyway, Clock clock) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.flyway = flyway;
        this.clock = clock;
    }

    /** Writes every table to a new file; the caller holds the run lock, so no run changes the data meanwhile. */
    @Transactional(readOnly = true)
    public List<TableRows> exportTo(Path file) {
        List<TableRows> counts = new ArrayList<>();
        ArrayNode tables = json.createArrayNode();
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (Table table : schema.inDependencyOrder()) {
                zip.putNextEntry(new ZipEntry(table.name() + ".jsonl"));
                Columns columns = columns(table);
                int rows = exportTable(table, writer, columns);
                writer.flush();
                zip.closeEntry();
                counts.add(new TableRows(table.name(), rows));
                ObjectNode entry = tables.addObject().put("name", table.name()).put("rows", rows);
                columns.names().forEach(entry.putArray("columns")::add);
            }
            ObjectNode manifest = json.createObjectNode()
                    .put("format", FORMAT)
                    .put("formatVersion", FORMAT_VERSION)
                    .put("schemaVersion", schemaVersion())
                    .put("exportedAt", Instant.now(clock).toString());
            manifest.set("tables", tables);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            writer.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
            writer.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** A table's columns in the database's order: names in lower case, JDBC types. */
    private record Columns(List<String> names, int[] types) {
    }

    private Columns columns(Table table) {
        return jdbc.query("select * from " + table.name() + " where 1 = 0", (ResultSet rs) -> {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            int[] types = new int[meta.getColumnCount()];
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnLabel(i).toLowerCase());
                types[i - 1] = meta.getColumnType(i);
            }
            return new Columns(names, types);
        });
    }

    private int exportTable(Table table, Writer writer, Columns columns) {
        int[] rows = {0};
        jdbc.query("select * from " + table.name() + " order by " + String.join(", ", table.orderColumns()), rs -> {
            ObjectNode row = json.createObjectNode();
            for (int i = 1; i <= columns.types().length; i++) {
                row.set(columns.names().get(i - 1), exported(rs, i, columns.types()[i - 1]));
            }
            try {
                writer.write(json.writeValueAsString(row));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows[0]++;
        });
        return rows[0];
    }

    /** Only text, numbers and booleans in the file: dates and times as ISO text, decimals as exact text. */
    private JsonNode exported(ResultSet rs, int column, int type) throws SQLException {
        var nodes = json.getNodeFactory();
        Object value = switch (type) {
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(column);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> rs.getLong(column);
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(column);
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> rs.getDouble(column);
            case Types.DATE -> rs.getObject(column, LocalDate.class);
            case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
            default -> rs.getString(column);
        };
        if (rs.wasNull() || value == null) {
            return nodes.nullNode();
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        } else if (value instanceof Long l) {
            return nodes.numberNode(l);
        } else if (value instanceof Double d) {
            return nodes.numberNode(d);
        } else if (value instanceof BigDecimal d) {
            return nodes.textNode(d.toPlainString());
        }
        return nodes.textNode(value.toString());
    }

    /**
     * Reads a file written by {@link #exportTo} into this database, which must hold no runs yet: what the application
     * wrote at start ({@link SchemaTables#FILLED_AT_START}) is replaced by the file's rows. Keeps every id, then restarts
     * the identity columns and Spring Batch's sequences after the highest one. All or nothing: one transaction.
     */
    @Transactional
    public List<TableRows> importFrom(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            JsonNode manifest = manifest(zip, file);
            if (!schemaVersion().equals(manifest.path("schemaVersion").asText())) {
                throw new TransferException("transfer.error.schema", manifest.path("schemaVersion").asText(),
                        schemaVersion());
            }
            requireEmpty();
            List<TableRows> counts = new ArrayList<>();
            for (Table table : schema.inDependencyOrder()) {
                JsonNode entry = tableEntry(manifest, table.name(), file);
                int rows = importTable(zip, table, file);
                if (rows != entry.path("rows").asInt()) {
                    throw new TransferException("transfer.error.rows", table.name(), rows, entry.path("rows").asInt());
                }
                counts.add(new TableRows(table.name(), rows));
            }
            restartNumbering();
            return counts;
        } catch (IOException e) {
            throw new TransferException("transfer.error.format", file);
        }
    }

    private JsonNode manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new TransferException("transfer.error.format", file);
        }
        JsonNode manifest = json.readTree(zip.getInputStream(entry));
        if (!FORMAT.equals(manifest.path("format").asText()) || manifest.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new TransferException("transfer.error.format", file);
        }
        return manifest;
    }

    private static JsonNode tableEntry(JsonNode manifest, String table, Path file) {
        for (JsonNode entry : manifest.path("tables")) {
            if (table.equals(entry.path("name").asText())) {
                return entry;
            }
        }
        throw new TransferException("transfer.error.format", file);
    }

    private void requireEmpty() {
        for (Table table : schema.inDependencyOrder()) {
            if (table.filledAtStart()) {
                continue;
            }
            // Counted row by row: after a crash H2's plain count(*) may include a row its recovery rolled back.
            Integer rows = jdbc.queryForObject("select count(*) from (select 1 from " + table.name() + ") counted",
                    Integer.class);
            if (rows != null && rows > 0) {
                throw new TransferException("transfer.error.notEmpty", table.name(), rows);
            }
        }
    }

    private int importTable(ZipFile zip, Table table, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(table.name() + ".jsonl");
        if (entry == null) {
            throw new TransferException("transfer.error.format", file);
        }
        Columns target = columns(table);
        List<String> columns = target.names();
        int[] types = target.types();
        Map<String, ObjectNode> present = table.filledAtStart() ? present(table, target) : Map.of();
        List<Integer> deferredAt = table.selfReferences().stream().map(columns::indexOf).toList();
        int keyAt = columns.indexOf(table.primaryKey().isEmpty() ? "" : table.primaryKey().get(0));
        String insert = "insert into " + table.name() + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        List<Object[]> batch = new ArrayList<>();
        Map<String, List<Object[]>> deferred = new HashMap<>();
        int rows = 0;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                rows++;
                if (!present.isEmpty() && replaced(table, target, row, present)) {
                    continue;
                }
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < columns.size(); i++) {
                    values[i] = imported(row.get(columns.get(i)), types[i]);
                }
                for (int at : deferredAt) {
                    if (values[at] != null) {
                        deferred.computeIfAbsent(columns.get(at), c -> new ArrayList<>())
                                .add(new Object[] {values[at], values[keyAt]});
                        values[at] = null;
                    }
                }
                batch.add(values);
                if (batch.size() == 500) {
                    insert(insert, batch, types);
                }
            }
        }
        insert(insert, batch, types);
        // A self reference may point to a later row: set once all rows are in.
        deferred.forEach((column, references) -> jdbc.batchUpdate(
                "update " + table.name() + " set " + column + " = ? where " + columns.get(keyAt) + " = ?", references));
        for (ObjectNode gone : present.values()) {
            deleteRow(table, target, gone);
        }
        return rows;
    }

    /** The rows the application wrote itself, by primary key, as they would be exported. */
    private Map<String, ObjectNode> present(Table table, Columns columns) {
        Map<String, ObjectNode> rows = new HashMap<>();
        jdbc.query("select * from " + table.name(), rs -> {
            ObjectNode row = json.createObjectNode();
            for (int i = 1; i <= columns.types().length; i++) {
                row.set(columns.names().get(i - 1), exported(rs, i, columns.types()[i - 1]));
            }
            rows.put(key(table, row), row);
        });
        return rows;
    }

    /**
     * Takes the file's row in place of the present one with its key: true (nothing to insert) where both are equal,
     * so the run lock's row, which the running transfer itself holds on H2, is never touched.
     */
    private boolean replaced(Table table, Columns columns, JsonNode row, Map<String, ObjectNode> present) {
        ObjectNode before = present.remove(key(table, row));
        if (before == null) {
            return false;
        }
        boolean equal = columns.names().stream()
                .allMatch(c -> before.get(c).equals(row.has(c) ? row.get(c) : json.getNodeFactory().nullNode()));
        if (!equal) {
            deleteRow(table, columns, before);
        }
        return equal;
    }

    private void deleteRow(Table table, Columns columns, ObjectNode row) {
        List<String> key = table.primaryKey();
        Object[] values = key.stream()
                .map(c -> imported(row.get(c), columns.types()[columns.names().indexOf(c)])).toArray();
        jdbc.update("delete from " + table.name() + " where "
                + String.join(" and ", key.stream().map(c -> c + " = ?").toList()), values);
    }

    private static String key(Table table, JsonNode row) {
        return String.join("\u0000", table.primaryKey().stream().map(c -> row.path(c).asText()).toList());
    }

    private void insert(String sql, List<Object[]> batch, int[] types) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, batch, types);
        batch.clear();
    }

    /** The value as the target column's Java type; a column the file lacks (a newer nullable column) is null. */
    private static Object imported(JsonNode value, int type) {
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (type) {
            case Types.BOOLEAN, Types.BIT -> value.asBoolean();
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> value.asInt();
            case Types.BIGINT -> value.asLong();
            case Types.DECIMAL, Types.NUMERIC -> new BigDecimal(value.asText());
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> value.asDouble();
            case Types.DATE -> LocalDate.parse(value.asText());
            case Types.TIMESTAMP -> LocalDateTime.parse(value.asText());
            default -> value.asText();
        };
    }

    /** {@code alter … restart with} is understood by H2 and PostgreSQL alike (identity columns and sequences). */
    private void restartNumbering() {
        for (Table table : schema.inDependencyOrder()) {
            if (table.identityColumn() != null) {
                String column = table.identityColumn();
                jdbc.execute("alter table " + table.name() + " alter column " + column + " restart with "
                        + next(table.name() + "." + column));
            }
        }
        BATCH_SEQUENCES.forEach((sequence, column) ->
                jdbc.execute("alter sequence " + sequence + " restart with " + next(column)));
    }

    private long next(String tableColumn) {
        String[] parts = tableColumn.split("\\.");
        Long max = jdbc.queryForObject("select max(" + parts[1] + ") from " + parts[0], Long.class);
        return max == null ? 1 : max + 1;
    }

    private String schemaVersion() {
        var current = flyway.info().current();
        return current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion();
    }

    /** How many rows of a table were written or read. */
    public record TableRows(String table, int rows) {
    }
}
