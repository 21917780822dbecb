package de.landkreis.integrationsmonitor.mailbox;

import de.landkreis.integrationsmonitor.reference.Mailbox;
import de.landkreis.integrationsmonitor.store.Mailboxes;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which municipality a sender writes for, by the office directory: its entry's own address, or one of its sender
 * domains. A sender that two entries claim is nobody's: an analyst decides.
 */
@Component
class SenderDirectory {

    private final Mailboxes mailboxes;

    SenderDirectory(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    /** The directory as it is now, for one read. */
    Lookup lookup() {
        return new Lookup(mailboxes.all().values().stream().map(Mailboxes.Stored::mailbox).toList());
    }

    record Lookup(Collection<Mailbox> entries) {

        Optional<String> agsOf(String sender) {
            if (sender == null || sender.lastIndexOf('@') < 0) {
                return Optional.empty();
            }
            String address = sender.toLowerCase(Locale.ROOT);
            String domain = address.substring(address.lastIndexOf('@') + 1);
            Set<String> byAddress = entries.stream().filter(m -> m.email().equalsIgnoreCase(address))
                    .map(Mailbox::ags).collect(Collectors.toSet());
            Set<String> matching = byAddress.isEmpty()
                    ? entries.stream().filter(m -> m.senderDomains().contains(domain)).map(Mailbox::ags)
                            .collect(Collectors.toSet())
                    : byAddress;
            return matching.size() == 1 ? matching.stream().findFirst() : Optional.empty();
        }
    }
}
