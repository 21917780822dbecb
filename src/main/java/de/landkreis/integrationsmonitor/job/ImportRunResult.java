package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.RunSummary;

/**
 * What a finished run gives to whoever started it.
 *
 * @param summary null when the run failed before its files were counted
 * @param report  the committee report written, null when there was nothing to report
 * @param feedbackFolder where the Rückfrage workbooks of this run are, null when nobody needs to be asked
 * @param lettersFolder  where the e-mail drafts of those Rückfragen are, null when none was written
 */
public record ImportRunResult(long jobExecutionId, boolean completed, RunSummary summary, String logCsv,
                              String logWorkbook, String report, String reminders, String feedbackFolder,
                              String lettersFolder) {
}
