package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.returns.ReturnFileReader;
import de.landkreis.integrationsmonitor.store.CurrentVersions;
import de.landkreis.integrationsmonitor.store.ImportRuns;
import de.landkreis.integrationsmonitor.store.ReceivedFiles;
import de.landkreis.integrationsmonitor.store.ReturnStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The one application context the report tests share: an in-memory H2 database with the project's schema.
 * Each test starts from empty project tables through {@link #fixtures()}.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:report;DB_CLOSE_DELAY=-1")
abstract class ReportContext {

    // The reports never read files; the readers are written elsewhere and may not be in this build yet.
    @MockitoBean
    ReturnFileReader reader;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportRuns runs;
    @Autowired
    ReceivedFiles files;
    @Autowired
    ReturnStore store;
    @Autowired
    CurrentVersions current;

    /** Fixtures on empty project tables. */
    ReturnFixtures fixtures() {
        ReturnFixtures fixtures = new ReturnFixtures(jdbc, runs, files, store, current);
        fixtures.clear();
        return fixtures;
    }
}
