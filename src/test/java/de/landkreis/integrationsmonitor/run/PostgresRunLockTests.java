package de.landkreis.integrationsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.PostgresDatabase;
import de.landkreis.integrationsmonitor.PostgresTest;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The run lock on PostgreSQL (an advisory lock): held by one connection, refused to every other. */
@PostgresTest
class PostgresRunLockTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    GuardedRuns runs;
    @Autowired
    JdbcClient jdbc;
    @Value("${integrationsmonitor.test.schema}")
    String schema;

    @TempDir
    Path inbox;
    @TempDir
    Path reports;

    @Test
    void aSecondLockFromAnotherDataSourceIsRefusedUntilTheFirstIsClosed() {
        RunLock here = new RunLock(dataSource);
        RunLock elsewhere = new RunLock(PostgresDatabase.dataSource(schema));

        Optional<RunLock.Held> first = here.tryAcquire();
        assertThat(first).isPresent();
        assertThat(elsewhere.tryAcquire()).isEmpty();

        first.get().close();
        Optional<RunLock.Held> afterwards = elsewhere.tryAcquire();
        assertThat(afterwards).isPresent();
        assertThat(here.tryAcquire()).isEmpty();
        afterwards.get().close();
        here.tryAcquire().orElseThrow().close();
    }

    @Test
    void aRunIsRefusedWhileAnotherProcessHoldsTheLock() {
        int runsBefore = jdbc.sql("select count(*) from import_run").query(Integer.class).single();

        try (RunLock.Held other = new RunLock(PostgresDatabase.dataSource(schema)).tryAcquire().orElseThrow()) {
            assertThat(runs.run(inbox, reports, null)).isInstanceOf(RunStart.AlreadyRunning.class);
        }

        assertThat(jdbc.sql("select count(*) from import_run").query(Integer.class).single()).isEqualTo(runsBefore);
    }
}
