package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.landkreis.integrationsmonitor.PostgresTest;
import de.landkreis.integrationsmonitor.ProjectTables;
import de.landkreis.integrationsmonitor.TestInbox;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import de.landkreis.integrationsmonitor.samples.SampleInputGenerator;
import de.landkreis.integrationsmonitor.samples.SampleInputManifest;
import de.landkreis.integrationsmonitor.store.RunHistory;
import de.landkreis.integrationsmonitor.store.RunRecord;
import de.landkreis.integrationsmonitor.store.SchemaTables;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.batch.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.autoconfigure.batch.BatchProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole run on the sample input against the real PostgreSQL: the same results as on H2, and the report. */
@PostgresTest
class PostgresRunTests {

    private static final Instant CLONED = Instant.parse("2026-02-20T08:00:00Z");

    @Autowired
    GuardedRuns runs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchemaTables tables;
    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;
    @Autowired
    BatchProperties batch;
    @Autowired
    RunHistory history;
    @Value("${integrationsmonitor.test.schema}")
    String schema;

    @TempDir
    Path inbox;
    @TempDir
    Path reports;
    @TempDir
    Path expected;

    @BeforeEach
    void emptyDatabase() {
        ProjectTables.clear(jdbc, tables);
    }

    @Test
    void theTablesLiveInTheTestSchemaOfPostgres() {
        assertThat(jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo(schema);
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.tables
                        where table_schema = :schema and table_name in ('section_version', 'batch_job_execution')""")
                .param("schema", schema).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theSampleInputGivesTheSameResultsAsOnH2AndTheReports() throws IOException {
        TestInbox.copyTree(Path.of("input"), inbox, CLONED);
        SampleInputManifest manifest = SampleInputGenerator.write(expected);

        ImportRunResult result = finished(runs.run(inbox, reports, null));

        // the figures SampleInputJobTests asserts on H2
        assertThat(result.completed()).isTrue();
        assertThat(result.summary().filesRead()).isEqualTo(manifest.files().size());
        assertThat(result.summary().partlyAccepted()).isEqualTo(2);
        assertThat(result.summary().rejected()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from section_version where is_current and report_year = 2024")
                .query(Integer.class).single()).isEqualTo(2 * 39);
        assertThat(acceptedAgs(2025, "STRUKTUREN")).doesNotContain("08436069").hasSize(39 - 4 - 1);
        assertThat(acceptedAgs(2025, "PERSONAL")).doesNotContain("08436093", "08436011", "08436004")
                .hasSize(39 - 4 - 1 - 1 - 1);
        assertThat(jdbc.sql("""
                        select p.fte from staff_position p join section_version v on v.id = p.version_id
                        where v.is_current and v.ags = '08436082' and v.report_year = 2025 and p.function_code = 'EK'""")
                .query(BigDecimal.class).single()).isEqualByComparingTo("0.7");
        assertThat(jdbc.sql("select outcome from received_file where relative_path like '%GVV_Altshausen_Personal.csv'")
                .query(String.class).single()).isEqualTo("PARTLY_ACCEPTED");
        assertThat(jdbc.sql("select rule_code from finding order by file_id, seq").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(manifest.findings().stream()
                        .map(SampleInputManifest.ExpectedFinding::code).toList());

        assertThat(sheetNames(Path.of(result.report())))
                .contains("Übersicht", "Kernthemen", "Personal", "Entwicklung", "Rücklauf", "Erläuterungen");
        assertThat(sheetNames(Path.of(result.reminders()))).contains("Nachforderungen");
        assertThat(Path.of(result.logCsv())).isRegularFile();
    }

    @Test
    void aSecondRunImportsNothingAndTheHistoryShowsBoth() {
        TestInbox.copyTree(Path.of("input"), inbox, CLONED);
        finished(runs.run(inbox, reports, null));

        ImportRunResult second = finished(runs.run(inbox, reports, null));

        assertThat(second.completed()).isTrue();
        assertThat(second.summary().filesRead()).isZero();
        assertThat(second.summary().filesKnown()).isEqualTo(73);
        assertThat(history.latest(5)).extracting(RunRecord::status, RunRecord::filesRead, RunRecord::filesKnown)
                .containsExactly(tuple("COMPLETED", 0, 73), tuple("COMPLETED", 73, 0));
    }

    /**
     * What a second start of the application does to an existing schema: Flyway finds nothing to do; Boot's batch
     * initializer (initialize-schema: always) meets existing tables, continues past each "already exists" and
     * changes nothing.
     */
    @Test
    void aSecondStartFindsTheSchemaInPlace() {
        TestInbox.copyTree(Path.of("input"), inbox, CLONED);
        finished(runs.run(inbox, reports, null));
        int executions = jdbc.sql("select count(*) from batch_job_execution").query(Integer.class).single();

        assertThat(flyway.migrate().migrationsExecuted).isZero();
        new BatchDataSourceScriptDatabaseInitializer(dataSource, batch.getJdbc()).initializeDatabase();

        assertThat(executions).isPositive();
        assertThat(jdbc.sql("select count(*) from batch_job_execution").query(Integer.class).single())
                .isEqualTo(executions);
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.tables
                        where table_schema = :schema and table_name like 'batch\\_%'""")
                .param("schema", schema).query(Integer.class).single()).isEqualTo(6);
    }

    private static ImportRunResult finished(RunStart start) {
        assertThat(start).isInstanceOf(RunStart.Finished.class);
        return ((RunStart.Finished) start).result();
    }

    private List<String> acceptedAgs(int year, String section) {
        return jdbc.sql("""
                        select ags from section_version
                        where is_current and report_year = :y and section_name = :s order by ags""")
                .param("y", year).param("s", section).query(String.class).list();
    }

    private static List<String> sheetNames(Path workbookFile) throws IOException {
        try (InputStream in = Files.newInputStream(workbookFile); Workbook workbook = WorkbookFactory.create(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }
}
