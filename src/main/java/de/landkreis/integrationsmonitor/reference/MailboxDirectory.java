package de.landkreis.integrationsmonitor.reference;

import java.util.List;

/**
 * The office directory as the file {@code integrationsmonitor.reference.mailboxes} gives it, every line checked
 * against the register. The file only fills what the analysts have not edited on the page (kept in the database).
 */
public record MailboxDirectory(List<Mailbox> entries) {

    public MailboxDirectory {
        entries = List.copyOf(entries);
    }
}
