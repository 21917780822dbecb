package de.landkreis.integrationsmonitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** Runs recorded before V13 (status in import_run) keep their numbers, times and status after it. */
class RunHistoryMigrationTests {

    @Test
    void aRunOfAnOlderDatabaseKeepsItsNumberAndStatus() {
        DataSource db = new DriverManagerDataSource("jdbc:h2:mem:v12-runs;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).target("12").load().migrate();
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"))
                .execute(db);
        JdbcClient jdbc = JdbcClient.create(db);
        LocalDateTime jobStart = LocalDateTime.of(2026, 3, 1, 10, 0, 1);
        jdbc.sql("insert into batch_job_instance (job_instance_id, version, job_name, job_key) values (1, 0, 'importJob', 'k')")
                .update();
        jdbc.sql("""
                        insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time,
                            start_time, end_time, status, exit_code)
                        values (5, 2, 1, :start, :start, :end, 'COMPLETED', 'COMPLETED')""")
                .param("start", jobStart).param("end", jobStart.plusSeconds(65)).update();
        jdbc.sql("""
                        insert into import_run (id, job_execution_id, started_at, finished_at, status, files_known)
                        values (7, 5, :at, :at, 'COMPLETED', 3)""")
                .param("at", LocalDateTime.of(2026, 3, 1, 9, 0)).update();

        Flyway.configure().dataSource(db).load().migrate();

        RunRecord run = new RunHistory(jdbc).byId(7).orElseThrow();
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.started()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(run.finished()).isEqualTo(jobStart.plusSeconds(65).atZone(ZoneId.systemDefault()).toInstant());
        assertThat(run.duration()).hasSeconds(65);
        assertThat(run.filesKnown()).isEqualTo(3);
    }
}
