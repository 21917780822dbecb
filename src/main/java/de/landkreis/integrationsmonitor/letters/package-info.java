/**
 * Letters to the municipalities (issue 15), written as e-mail drafts ({@code .eml}, RFC 5322, {@code X-Unsent: 1})
 * for the analysts to check and send from their mail program: after every run one draft per Rückfrage workbook with
 * the workbook attached, and on request the reminders of a year to every municipality whose return is not complete.
 * The text comes from plain-text templates the office can replace; the address from the office directory, the
 * sender of the return only where the directory has none. Every letter is recorded ({@code store.Letters}).
 * Sending by SMTP (issue 18) is off unless switched on: then only letters to a directory address go out, each once,
 * a failure is retried by the next sendings, and a dry run lists instead of sending.
 */
package de.landkreis.integrationsmonitor.letters;
