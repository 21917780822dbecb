package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.job.ImportRunResult;

/** What came of asking for a run: it ran, or another run was already working. */
public sealed interface RunStart {

    record Finished(ImportRunResult result) implements RunStart {
    }

    record AlreadyRunning() implements RunStart {
    }
}
