package de.landkreis.integrationsmonitor.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * table. It holds the project's tables and Spring Batch's job repository (so the run history and the job execution
 * numbers the runs refer to move along) and the analysts stored in the database with their password hashes; not
 * Flyway's history, which the target's own migrations write, and not the run lock row.
 */
@Component
public class DatabaseTransfer {

    static final String FORMAT = "integrationsmonitor-export";
    static final int FORMAT_VERSION = 1;
    private static final String MANIFEST = "manifest.json";

    /** In an order that satisfies every foreign key; the reference tables first. */
    private static final List<Table> TABLES = List.of(
            new Table("municipality", "ags", null, false),
            new Table("core_topic", "code", null, false),
            new Table("import_run", "id", null, true),
            new Table("received_file", "id", null, true),
            // superseded_by points to another version, possibly a later one: set after all rows are in.
            new Table("section_version", "id", "superseded_by", true),
            new Table("structure_answer", "version_id, topic_code", null, false),
            new Table("staff_position", "id", null, true),
            new Table("position_funding", "position_id, source", null, false),
            new Table("position_served", "position_id, ags", null, false),
            new Table("contact", "version_id", null, false),
            new Table("finding", "id", null, true),
            new Table("finding_version", "finding_id, version_id", null, false),
            new Table("batch_job_instance", "job_instance_id", null, false),
            new Table("batch_job_execution", "job_execution_id", null, false),
            new Table("batch_job_execution_params", "job_execution_id, parameter_name", null, false),
            new Table("batch_job_execution_context", "job_execution_id", null, false),
            new Table("batch_step_execution", "step_execution_id", null, false),
            new Table("batch_step_execution_context", "step_execution_id", null, false),
            new Table("web_user", "name", null, false));

    /**
     * What the application writes before any run: the reference data at every start, the initial analyst at the
     * first start of the server. Replaced by the file's rows on import.
     */
    private static final List<String> REPLACED_TABLES = List.of("municipality", "core_topic", "web_user");

    /** Spring Batch's sequences and the column each one numbers. */
    private static final Map<String, String> BATCH_SEQUENCES = Map.of(
            "batch_job_seq", "batch_job_instance.job_instance_id",
            "batch_job_execution_seq", "batch_job_execution.job_execution_id",
            "batch_step_execution_seq", "batch_step_execution.step_execution_id");

    private final JdbcTemplate jdbc;
    private final Flyway flyway;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    DatabaseTransfer(JdbcTemplate jdbc, Flyway flyway, Clock clock) {
        this.jdbc = jdbc;
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
            for (Table table : TABLES) {
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
        jdbc.query("select * from " + table.name() + " order by " + table.orderBy(), rs -> {
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
     * Reads a file written by {@link #exportTo} into this database, which must hold no runs yet (what the
     * application wrote at start, {@link #REPLACED_TABLES}, is replaced). Keeps every id, then restarts the identity columns and
     * Spring Batch's sequences after the highest one. All or nothing: one transaction.
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
            for (String table : REPLACED_TABLES) {
                jdbc.update("delete from " + table);
            }
            List<TableRows> counts = new ArrayList<>();
            for (Table table : TABLES) {
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
        for (Table table : TABLES) {
            if (REPLACED_TABLES.contains(table.name())) {
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
        int deferredAt = columns.indexOf(table.deferred());
        int idAt = columns.indexOf("id");
        String insert = "insert into " + table.name() + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        List<Object[]> batch = new ArrayList<>();
        List<Object[]> deferred = new ArrayList<>();
        int rows = 0;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < columns.size(); i++) {
                    values[i] = imported(row.get(columns.get(i)), types[i]);
                }
                if (deferredAt >= 0 && values[deferredAt] != null) {
                    deferred.add(new Object[] {values[deferredAt], values[idAt]});
                    values[deferredAt] = null;
                }
                batch.add(values);
                rows++;
                if (batch.size() == 500) {
                    insert(insert, batch, types);
                }
            }
        }
        insert(insert, batch, types);
        if (!deferred.isEmpty()) {
            jdbc.batchUpdate("update " + table.name() + " set " + table.deferred() + " = ? where id = ?", deferred);
        }
        return rows;
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
        for (Table table : TABLES) {
            if (table.identity()) {
                jdbc.execute("alter table " + table.name() + " alter column id restart with " + next(table.name() + ".id"));
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

    /** A table of the file; {@code deferred} is a column referencing the same table, set after all rows. */
    private record Table(String name, String orderBy, String deferred, boolean identity) {
    }

    /** How many rows of a table were written or read. */
    public record TableRows(String table, int rows) {
    }
}
