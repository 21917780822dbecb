package de.landkreis.integrationsmonitor;

import de.landkreis.integrationsmonitor.job.ImportRun;
import de.landkreis.integrationsmonitor.store.SchemaTables;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tests that run imports: the shared context, empty project tables, and a fresh inbox and reports folder. */
@IntegrationTest
public abstract class ImportTestSupport {

    @Autowired
    protected ImportRun importRun;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected SchemaTables tables;

    @TempDir
    protected Path inbox;
    @TempDir
    protected Path reports;

    @BeforeEach
    void emptyProjectTables() {
        ProjectTables.clear(jdbc, tables);
    }
}
