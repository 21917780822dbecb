package de.landkreis.integrationsmonitor.mailbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office mailbox the run reads returns from, off unless switched on.
 *
 * @param processedFolder          where a message goes once its attachments are in the inbox; created when missing
 * @param maxAttachmentsPerMessage attachments beyond this number of one message are refused
 * @param trustedAuthservId        when set, the name the office's mail server writes into the
 *                                 {@code Authentication-Results} header (RFC 8601): a known sender's message is taken
 *                                 in by itself only with {@code dmarc=pass} from that server, otherwise it waits for
 *                                 an analyst; empty: the From address alone counts
 * @param imap                     the connection
 */
@ConfigurationProperties("integrationsmonitor.mail")
record MailboxProperties(@DefaultValue("Integrationsmonitor-verarbeitet") String processedFolder,
                         @DefaultValue("20") int maxAttachmentsPerMessage,
                         @DefaultValue("") String trustedAuthservId,
                         @DefaultValue Imap imap) {

    /** How the connection is protected: TLS from the start (port 993), or STARTTLS before the login (port 143). */
    enum Protocol {
        IMAPS, IMAP
    }

    /**
     * @param enabled        whether a run reads the mailbox at all
     * @param host           the mail server, e.g. {@code mail.lra.local}
     * @param username       the functional mailbox's login
     * @param password       its password: only from the environment, never in a file of the repository
     * @param folder         the folder the returns arrive in
     * @param connectTimeout how long a connection may take before the mailbox counts as unreachable
     * @param readTimeout    how long an answer may take
     */
    record Imap(boolean enabled, @DefaultValue("") String host, @DefaultValue("993") int port,
                @DefaultValue("IMAPS") Protocol protocol, @DefaultValue("") String username,
                @DefaultValue("") String password, @DefaultValue("INBOX") String folder,
                @DefaultValue("10s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout) {
    }
}
