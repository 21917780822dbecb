package de.landkreis.integrationsmonitor.store;

import java.time.Instant;

/**
 * One run as the history lists it.
 *
 * @param status   the job's status (COMPLETED, FAILED, STARTED …), from the job repository where it knows the run
 * @param finished null while the run works
 * @param logCsv   each file or folder it wrote as the run stored its path, null where it wrote none: the validation
 *                 log, the committee report, the reminder list (Nachforderungen), the folder of its Rückfragen
 */
public record RunRecord(long id, Instant started, Instant finished, String status, int filesRead, int accepted,
                        int partlyAccepted, int rejected, int filesKnown, int errors, int warnings, int notices,
                        String logCsv, String logWorkbook, String report, String reminders,
                        String feedbackFolder) {
}
