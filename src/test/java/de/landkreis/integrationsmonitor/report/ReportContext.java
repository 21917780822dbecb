package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.IntegrationTest;
import de.landkreis.integrationsmonitor.store.CurrentVersions;
import de.landkreis.integrationsmonitor.store.ImportRuns;
import de.landkreis.integrationsmonitor.store.ReceivedFiles;
import de.landkreis.integrationsmonitor.store.ReturnStore;
import de.landkreis.integrationsmonitor.store.SchemaTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report tests' fixtures on the application context all integration tests share.
 * Each test starts from empty project tables through {@link #fixtures()}.
 */
@IntegrationTest
abstract class ReportContext {

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
    @Autowired
    SchemaTables tables;
    @Autowired
    DistrictFigures figures;

    /** Fixtures on empty project tables. */
    ReturnFixtures fixtures() {
        ReturnFixtures fixtures = new ReturnFixtures(jdbc, runs, files, store, current);
        fixtures.clear(tables);
        return fixtures;
    }
}
