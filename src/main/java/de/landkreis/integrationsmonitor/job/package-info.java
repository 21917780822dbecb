/**
 * Spring Batch wiring of the import run: register the inbox's new files in order of receipt, read and check
 * each file in its own transaction, apply the rules comparing returns and settle current versions, write the
 * validation log, the reports and the committee papers. Thin adapters only; the work is done by the features.
 */
package de.landkreis.integrationsmonitor.job;
