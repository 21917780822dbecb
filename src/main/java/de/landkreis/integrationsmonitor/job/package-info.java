/**
 * Spring Batch wiring of the import run: read the office mailbox into the inbox (when switched on), register the
 * inbox's new files in order of receipt, read and check each file in its own transaction, apply the rules comparing
 * returns and settle current versions, write the validation log, the feedback workbooks and their e-mail drafts, send
 * the due letters (when switched on), write the reports and the committee papers. Thin adapters only; the work is done by the features.
 * Every step gets its inputs the same way: step-scoped beans with late binding of the job parameters
 * ({@code inputDir}, {@code reportsDir}, {@code started}) and of the run's id in the job execution context.
 *
 * <p><b>One record of a run.</b> Spring Batch's job execution holds the run's state: status, start and end, steps,
 * skip counts. The project's {@code import_run} row, linked by {@code job_execution_id}, holds only what Spring Batch
 * cannot: the run number people see, the run's time stamp by the application's clock (it names the run's files), the
 * number of files already known, and the results (log, reports, Rückfragen, their e-mail drafts), which the console, the history and the
 * web pages read from there; the execution context only carries inputs from one step to the next.
 *
 * <p><b>Restart model: the next run takes over.</b> A run is never restarted with Spring Batch's own restart. Each
 * run is a new job instance (a unique {@code instance} parameter) with its own row in {@code import_run}, whose id is
 * the run number people see. Its files count as seen only once {@code compareReturnsStep} has settled them, in one
 * transaction with the comparing rules. When a process dies mid-run (kill -9, power loss), its job execution stays
 * STARTED and its files stay unsettled; the next run, holding the run lock, marks the abandoned job execution
 * FAILED and takes over the unsettled files in their original order of receipt: everything the dead run stored for
 * them is deleted (found through the schema's foreign keys) and they are read again as if new, so nothing is
 * counted twice and nothing is lost. {@code run.RunProcessTests} kills a real process to prove it. Why not Spring
 * Batch's restart: it would resume the old instance with the old inbox and parameters, while the next run must see
 * the files that arrived meanwhile in one order of receipt.
 */
package de.landkreis.integrationsmonitor.job;
