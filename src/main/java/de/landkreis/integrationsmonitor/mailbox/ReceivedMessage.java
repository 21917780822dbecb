package de.landkreis.integrationsmonitor.mailbox;

import de.landkreis.integrationsmonitor.store.MailMessages;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the evidence of receipt holds of a message's headers: sender, date, subject, Message-ID, and whether a machine
 * sent it ({@code Auto-Submitted} other than {@code no}, RFC 3834: out-of-office replies, delivery reports).
 */
record ReceivedMessage(String key, String messageId, String sender, String subject, Instant sentAt,
                       boolean automatic, List<String> authenticationResults) {

    static ReceivedMessage of(String key, Message message) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        String[] autoSubmitted = message.getHeader("Auto-Submitted");
        boolean automatic = autoSubmitted != null && Arrays.stream(autoSubmitted)
                .map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .anyMatch(value -> !value.equals("no"));
        String[] results = message.getHeader("Authentication-Results");
        return new ReceivedMessage(key, ids == null ? null : ids[0].strip(), sender(message), message.getSubject(),
                message.getSentDate() == null ? null : message.getSentDate().toInstant(), automatic,
                results == null ? List.of() : List.of(results));
    }

    /**
     * Whether the named mail server found the From address's domain authentic (DMARC passed). Only that server's
     * results count: anyone can write an {@code Authentication-Results} header into a message, and the office's
     * server removes ones carrying its own name before it adds its own (RFC 8601, section 5).
     */
    boolean dmarcPassedAt(String authservId) {
        return authenticationResults.stream().anyMatch(result -> {
            String[] parts = result.split(";");
            String server = parts[0].strip().split("\\s+")[0];
            return server.equalsIgnoreCase(authservId) && Arrays.stream(parts).skip(1)
                    .map(part -> part.strip().toLowerCase(Locale.ROOT))
                    .anyMatch(part -> part.startsWith("dmarc=pass"));
        });
    }

    /** The first address of From, lower case; null where there is none that can be read. */
    private static String sender(Message message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address
                    && address.getAddress() != null) {
                String sender = address.getAddress().toLowerCase(Locale.ROOT);
                return sender.length() > 320 ? null : sender;
            }
        } catch (MessagingException unreadable) {
            // an unreadable From counts as no sender: the message waits for an analyst
        }
        return null;
    }

    MailMessages.NewMessage toRecord(String ags, MailMessages.Status status, String problem) {
        return new MailMessages.NewMessage(key, messageId, sender, subject, sentAt, ags, status, problem);
    }
}
