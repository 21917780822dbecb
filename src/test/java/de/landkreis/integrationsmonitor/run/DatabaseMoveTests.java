package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.IntegrationsmonitorApplication;
import de.landkreis.integrationsmonitor.PostgresDatabase;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.job.ImportRun;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import de.landkreis.integrationsmonitor.store.SchemaTables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Moving from the H2 file to PostgreSQL with {@code --export} and {@code --import}: every run, file, section version
 * and finding arrives with its id, and the application works on from there as if it had always run on PostgreSQL.
 */
@ExtendWith(PostgresDatabase.Reachable.class)
class DatabaseMoveTests {

    private static final Instant CLONED = Instant.parse("2026-02-20T08:00:00Z");

    @TempDir
    Path work;
    private String schema;

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            PostgresDatabase.dropSchema(schema);
        }
    }

    @Test
    void movingFromH2ToPostgresKeepsEveryRunVersionAndFinding() throws IOException {
        Path inbox = work.resolve("input");
        Path data = work.resolve("data");
        TestInbox.copyTree(Path.of("input"), inbox, CLONED);
        String h2Url = Launcher.h2Url(data);
        ImportRunResult onH2;
        try (ConfigurableApplicationContext h2 = application(h2Url, null)) {
            onH2 = h2.getBean(ImportRun.class).run(inbox, work.resolve("reports-h2"), null);
        }
        assertThat(onH2.completed()).isTrue();
        JdbcClient before = JdbcClient.create(new DriverManagerDataSource(h2Url, "sa", ""));
        // An analyst who changed the generated password keeps the new one after the move.
        storeAnalyst(before, "analyse", "$2a$10$passwordHashAnalystMovesAlong0000000000000000000000000");
        // An analyst's edit of the office directory moves along, instead of the file's entry of the new database.
        before.sql("""
                update mailbox set email = 'rathaus@kisslegg.example.org', edited_by = 'analyse',
                       edited_at = timestamp '2026-02-21 09:00:00' where ags = '08436052'""").update();
        Path file = work.resolve("umzug.zip");

        assertThat(launch("--data", data.toString(), "--export", file.toString())).as(this::logs)
                .isEqualTo(ExitCode.COMPLETED.code());
        schema = PostgresDatabase.newSchema();
        String postgresUrl = PostgresDatabase.url(schema) + "&user=" + PostgresDatabase.USER;
        JdbcClient after = JdbcClient.create(PostgresDatabase.dataSource(schema));
        // The service was started once on PostgreSQL before the move and created its own initial analyst.
        application(postgresUrl, PostgresDatabase.USER).close();
        SchemaTables tables = new SchemaTables(PostgresDatabase.dataSource(schema));
        // What a fresh start writes is what an import replaces: a table missing from FILLED_AT_START would block
        // every move into a freshly started database.
        for (SchemaTables.Table table : tables.inDependencyOrder()) {
            if (!table.filledAtStart()) {
                assertThat(count(after, table.name())).as("%s after a fresh start", table.name()).isZero();
            }
        }
        storeAnalyst(after, "analyse", "$2a$10$passwordHashCreatedOnTheNewDatabase00000000000000000000");
        assertThat(launch("--data", work.resolve("pg").toString(), "--db", postgresUrl, "--import", file.toString()))
                .as(this::logs).isEqualTo(ExitCode.COMPLETED.code());

        // Every table of the H2 schema, listed by the database itself: a table a migration adds is compared too.
        List<SchemaTables.Table> onH2Tables = new SchemaTables(new DriverManagerDataSource(h2Url, "sa", ""))
                .inDependencyOrder();
        assertThat(onH2Tables).extracting(SchemaTables.Table::name)
                .containsExactlyElementsOf(tables.inDependencyOrder().stream().map(SchemaTables.Table::name).toList())
                .contains("section_version", "batch_step_execution", "run_lock", "web_user", "mailbox", "letter");
        for (SchemaTables.Table table : onH2Tables) {
            assertThat(count(after, table.name())).as(table.name()).isEqualTo(count(before, table.name()));
            if (!table.name().startsWith("batch_")) {
                String key = String.join(", ", table.orderColumns());
                assertThat(rows(after, table.name(), key)).as(table.name()).isEqualTo(rows(before, table.name(), key));
            }
        }
        assertThat(count(after, "finding")).isEqualTo(onH2.summary().findings().values().stream()
                .mapToInt(Integer::intValue).sum()).isPositive();
        assertThat(count(after, "section_version")).isGreaterThan(140);
        // The Rückfrage drafts of the run, each recorded, and the edited directory entry.
        assertThat(count(after, "letter")).isPositive();
        assertThat(after.sql("select email from mailbox where ags = '08436052'").query(String.class).single())
                .isEqualTo("rathaus@kisslegg.example.org");
        assertThat(count(after, "batch_step_execution")).isPositive();
        assertThat(after.sql("select job_execution_id from batch_job_execution").query(Long.class).list())
                .isEqualTo(before.sql("select job_execution_id from batch_job_execution").query(Long.class).list());

        // into a database that already holds data nothing is imported
        assertThat(launch("--data", work.resolve("pg").toString(), "--db", postgresUrl, "--import", file.toString()))
                .isEqualTo(ExitCode.FAILED.code());
        assertThat(count(after, "section_version")).isEqualTo(count(before, "section_version"));

        long lastRun = after.sql("select max(id) from import_run").query(Long.class).single();
        long lastExecution = after.sql("select max(job_execution_id) from batch_job_execution").query(Long.class).single();
        ImportRunResult onPostgres;
        try (ConfigurableApplicationContext postgres = application(postgresUrl, PostgresDatabase.USER)) {
            onPostgres = postgres.getBean(ImportRun.class).run(inbox, work.resolve("reports-pg"), null);
        }
        assertThat(onPostgres.completed()).isTrue();
        assertThat(onPostgres.summary().filesRead()).isZero();
        assertThat(onPostgres.summary().filesKnown()).isEqualTo(73);
        assertThat(after.sql("select max(id) from import_run").query(Long.class).single()).isEqualTo(lastRun + 1);
        assertThat(onPostgres.jobExecutionId()).isEqualTo(lastExecution + 1);
        assertThat(cells(Path.of(onPostgres.report()))).isEqualTo(cells(Path.of(onH2.report())));
    }

    private static int launch(String... args) {
        return Launcher.launch(IntegrationsmonitorApplication.class, args);
    }

    /** The application as a server process would have it, with the clock the H2 run had. */
    private ConfigurableApplicationContext application(String url, String user) {
        List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + url,
                "logging.file.name=" + work.resolve("app.log")));
        if (user != null) {
            properties.add("spring.datasource.username=" + user);
        }
        return new SpringApplicationBuilder(IntegrationsmonitorApplication.class, IntegrationTest.PinnedClock.class)
                .web(WebApplicationType.NONE).properties(properties.toArray(String[]::new)).run();
    }

    /** The technical logs of the launched processes, to tell why one failed. */
    private String logs() {
        try (var files = Files.walk(work)) {
            StringBuilder text = new StringBuilder();
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                text.append(log).append(":\n").append(Files.readString(log)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void storeAnalyst(JdbcClient jdbc, String name, String hash) {
        jdbc.sql("insert into web_user (name, password_hash, created_at) values (:name, :hash, :created)")
                .param("name", name).param("hash", hash).param("created", LocalDateTime.of(2026, 2, 1, 9, 0)).update();
    }

    private static int count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from (select 1 from " + table + ") counted").query(Integer.class).single();
    }

    /** Every row as text, column by column: the same values on both databases. */
    private static List<String> rows(JdbcClient jdbc, String table, String key) {
        return jdbc.sql("select * from " + table + " order by " + key).query((rs, n) -> {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                values.add(meta.getColumnLabel(i).toLowerCase() + "=" + rs.getObject(i));
            }
            return String.join("|", values);
        }).list();
    }

    private static List<String> cells(Path workbookFile) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbookFile); Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }
}
