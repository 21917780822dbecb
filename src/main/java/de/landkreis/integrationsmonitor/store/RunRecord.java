package de.landkreis.integrationsmonitor.store;

import java.time.Duration;
import java.time.Instant;

/**
 * One run as the history lists it.
 *
 * @param started  the run's time stamp by the application's clock
 * @param finished the job's end, null while the run works
 * @param duration from the job's start to its end (both Spring Batch's), null while the run works
 * @param status   the job's status (COMPLETED, FAILED, STARTED …), UNKNOWN where the job repository lacks the run
 * @param logCsv   each file or folder it wrote as the run stored its path, null where it wrote none: the validation
 *                 log, the committee report, the reminder list (Nachforderungen), the folder of its Rückfragen
 */
public record RunRecord(long id, Instant started, Instant finished, Duration duration, String status, int filesRead,
                        int accepted, int partlyAccepted, int rejected, int filesKnown, int errors, int warnings, int notices,
                        String logCsv, String logWorkbook, String report, String reminders,
                        String feedbackFolder) {
}
