/**
 * The office mailbox, read over IMAP at the start of a run when switched on ({@code integrationsmonitor.mail.imap.*}):
 * the attachments of every new message from a sender the office directory knows go into the inbox under safe, unique
 * names (size, count and type limits as for uploads), the message is recorded as evidence of receipt and moved to the
 * processed folder. Messages from unknown senders wait in the mailbox for an analyst („übernehmen“, „erledigt“);
 * machine-sent and unreadable ones are recorded and left. A message is never taken in twice. Sending belongs
 * elsewhere.
 */
package de.landkreis.integrationsmonitor.mailbox;
