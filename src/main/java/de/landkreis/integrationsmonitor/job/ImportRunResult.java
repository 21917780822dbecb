package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.RunSummary;

/**
 * What a finished run gives to whoever started it.
 *
 * @param summary null when the run failed before its files were counted
 */
public record ImportRunResult(long jobExecutionId, boolean completed, RunSummary summary, String logCsv,
                              String logWorkbook) {
}
