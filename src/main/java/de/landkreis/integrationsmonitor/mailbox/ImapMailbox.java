package de.landkreis.integrationsmonitor.mailbox;

import de.landkreis.integrationsmonitor.returns.Checksum;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * An open connection to the mailbox's folder over TLS (IMAPS, or STARTTLS required), with the server's certificate
 * and name checked. Messages leave the folder only by a move to the processed folder, never by deletion.
 */
final class ImapMailbox implements AutoCloseable {

    /** The longest key the evidence table holds. */
    private static final int MAX_KEY = 1000;

    private final IMAPStore store;
    private final IMAPFolder folder;
    private final String processedFolder;

    private ImapMailbox(IMAPStore store, IMAPFolder folder, String processedFolder) {
        this.store = store;
        this.folder = folder;
        this.processedFolder = processedFolder;
    }

    /** @throws jakarta.mail.AuthenticationFailedException when the server refuses the login */
    static ImapMailbox open(MailboxProperties properties) throws MessagingException {
        MailboxProperties.Imap imap = properties.imap();
        String protocol = imap.protocol().name().toLowerCase(Locale.ROOT);
        Properties session = new Properties();
        session.put("mail.store.protocol", protocol);
        session.put("mail." + protocol + ".host", imap.host());
        session.put("mail." + protocol + ".port", String.valueOf(imap.port()));
        session.put("mail." + protocol + ".connectiontimeout", String.valueOf(imap.connectTimeout().toMillis()));
        session.put("mail." + protocol + ".timeout", String.valueOf(imap.readTimeout().toMillis()));
        session.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        if (imap.protocol() == MailboxProperties.Protocol.IMAP) {
            // The password never crosses the network in the clear: without STARTTLS there is no login.
            session.put("mail.imap.starttls.enable", "true");
            session.put("mail.imap.starttls.required", "true");
        }
        IMAPStore store = (IMAPStore) Session.getInstance(session).getStore(protocol);
        store.connect(imap.host(), imap.port(), imap.username(), imap.password());
        try {
            IMAPFolder folder = (IMAPFolder) store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            return new ImapMailbox(store, folder, properties.processedFolder());
        } catch (MessagingException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * The folder's messages with the headers every read looks at fetched in one request, not one request per
     * message: unknown senders' and machine-sent messages stay in the folder and are looked at again on every read.
     */
    Message[] messages() throws MessagingException {
        Message[] messages = folder.getMessages();
        FetchProfile headers = new FetchProfile();
        headers.add(FetchProfile.Item.ENVELOPE);
        headers.add("Message-ID");
        headers.add("Auto-Submitted");
        headers.add("Authentication-Results");
        folder.fetch(messages, headers);
        return messages;
    }

    /**
     * What a message is known by: its Message-ID, or where it has none the SHA-256 of its bytes, so the same message
     * is recognised on every read. The bytes stream through the checksum, never held in memory; a Message-ID too long
     * for the evidence table or with control characters in it is known by its checksum too. A message whose bytes
     * the server cannot hand out (Exchange: "cannot be converted to RFC-822") is known by its place in the folder
     * (UIDVALIDITY and UID), so it is recorded, not skipped on every read.
     *
     * @throws MessagingException only when the message is gone or the connection broke off
     */
    String key(Message message) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
            String id = ids[0].strip();
            boolean storable = id.length() <= MAX_KEY && id.chars().noneMatch(Character::isISOControl);
            return storable ? id : "sha256:" + Checksum.sha256(id.getBytes(StandardCharsets.UTF_8));
        }
        try (DigestOutputStream sink = Checksum.sink()) {
            message.writeTo(sink);
            return "sha256:" + Checksum.sha256(sink);
        } catch (IOException | MessagingException unreadable) {
            if (!connected()) {
                throw new FolderClosedException(folder);
            }
            if (message.isExpunged()) {
                throw new MessageRemovedException();
            }
            return "uid:" + folder.getUIDValidity() + "/" + folder.getUID(message);
        }
    }

    /** The message of the folder known by this key, if it is still there. */
    Optional<Message> find(String key) throws MessagingException {
        for (Message message : messages()) {
            if (key.equals(key(message))) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    /**
     * Moves the message to the processed folder, created when missing: IMAP MOVE, or where the server lacks it a copy
     * there and then the original flagged deleted and expunged by its UID alone (UIDPLUS). A server with neither
     * keeps the message where it is: a plain EXPUNGE would remove every message anyone flagged deleted.
     *
     * @throws NotMovable when the folder cannot be created or the server can neither MOVE nor expunge one message
     */
    void moveToProcessed(Message message) throws MessagingException {
        Folder target = store.getFolder(processedFolder);
        if (!target.exists() && !target.create(Folder.HOLDS_MESSAGES)) {
            throw new NotMovable(NotMovable.Reason.FOLDER_NOT_CREATED);
        }
        Message[] one = {message};
        if (store.hasCapability("MOVE")) {
            folder.moveMessages(one, target);
        } else if (store.hasCapability("UIDPLUS")) {
            folder.copyMessages(one, target);
            message.setFlag(Flags.Flag.DELETED, true);
            folder.expunge(one);
        } else {
            throw new NotMovable(NotMovable.Reason.NO_MOVE_OR_UIDPLUS);
        }
    }

    /** Why a message stays in the mailbox's folder instead of moving to the processed folder. */
    static final class NotMovable extends MessagingException {

        enum Reason {
            FOLDER_NOT_CREATED, NO_MOVE_OR_UIDPLUS
        }

        private final Reason reason;

        NotMovable(Reason reason) {
            super("message not moved to the processed folder: " + reason);
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }

    /** False once the connection broke off: nothing more can be read from this mailbox. */
    boolean connected() {
        return folder.isOpen();
    }

    @Override
    public void close() {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException ignored) {
            // closing a connection that failed already
        } finally {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // as above
            }
        }
    }
}
