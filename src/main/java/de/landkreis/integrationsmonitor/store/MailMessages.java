package de.landkreis.integrationsmonitor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The evidence of receipt from the office mailbox: its reads, the messages they brought and their attachments. */
@Repository
public class MailMessages {

    /** What became of a message. */
    public enum Status {
        /** from a sender in the directory: attachments taken in, moved to the processed folder */
        TAKEN_IN,
        /** from an unknown sender: left in the mailbox until an analyst decides */
        WAITING,
        /** an analyst took the attachments of a waiting message in */
        TAKEN_IN_BY_HAND,
        /** an analyst marked a waiting message done without taking anything in */
        DONE,
        /** sent by a machine (Auto-Submitted other than no): ignored and left in the mailbox */
        AUTOMATIC,
        /**
         * could not be read or stored: left in the mailbox and waiting for an analyst like an unknown sender's message,
         * who can take it in by hand or mark it done
         */
        MALFORMED
    }

    /**
     * One read of the mailbox.
     *
     * @param outcome {@code READ}, {@code INTERRUPTED} (the connection broke off during the read), {@code UNREACHABLE}
     *                or {@code LOGIN_REFUSED}
     */
    public record Read(long id, Instant readAt, String outcome) {
    }

    /**
     * A message as read, before it is stored.
     *
     * @param key       its Message-ID, or {@code sha256:…} of its bytes where it has none
     * @param messageId the Message-ID header, null where there is none
     * @param ags       the municipality whose directory entry knows the sender, null for an unknown sender
     * @param problem   for {@link Status#MALFORMED} what could not be read
     */
    public record NewMessage(String key, String messageId, String sender, String subject, Instant sentAt, String ags,
                             Status status, String problem) {
    }

    /** A stored message with what became of its attachments. */
    public record Message(long id, String key, String messageId, String sender, String subject, Instant sentAt,
                          String ags, Status status, String handledBy, Instant handledAt, String problem,
                          List<Attachment> attachments) {

        public Message {
            attachments = List.copyOf(attachments);
        }

        public long storedCount() {
            return attachments.stream().filter(Attachment::stored).count();
        }

        public long refusedCount() {
            return attachments.size() - storedCount();
        }
    }

    /**
     * An attachment: stored in the inbox, or refused.
     *
     * @param storedAs      its path in the inbox, null when refused
     * @param refusal       why it was refused ({@code TOO_LARGE}, {@code TOO_MANY}, {@code ZIP}, {@code NOT_A_TABLE},
     *                      {@code EMPTY}, {@code KNOWN}: the same bytes are in the inbox already), null when stored
     * @param refusalDetail the German reason of the refusal, null when stored
     */
    public record Attachment(String fileName, String storedAs, String refusal, String refusalDetail) {

        public boolean stored() {
            return storedAs != null;
        }
    }

    /** Messages on the Übersicht (a page) and how many there are in all. */
    public record Waiting(List<Message> messages, int count) {
    }

    /** What waits for an analyst: unknown senders, and messages that could not be read (a return may be among them). */
    private static final String WAITING = "m.status in ('WAITING', 'MALFORMED')";
    private static final int MAX_TEXT = 1000;
    private static final int MAX_SENDER = 320;

    private final JdbcClient jdbc;

    public MailMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long recordRead(Instant at, String outcome) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into mailbox_read (read_at, outcome) values (:at, :outcome)")
                .param("at", DbTime.toDb(at)).param("outcome", outcome).update(key, "id");
        return key.getKey().longValue();
    }

    /** A read that began and then ended otherwise, e.g. broken off: its row tells so. */
    public void readEnded(long readId, String outcome) {
        jdbc.sql("update mailbox_read set outcome = :outcome where id = :id").param("outcome", outcome)
                .param("id", readId).update();
    }

    public Optional<Read> lastRead() {
        return jdbc.sql("select id, read_at, outcome from mailbox_read order by id desc fetch first 1 rows only")
                .query((rs, row) -> new Read(rs.getLong("id"),
                        DbTime.fromDb(rs.getObject("read_at", LocalDateTime.class)), rs.getString("outcome")))
                .optional();
    }

    /** What became of the message with this key; empty when it was never read. */
    public Optional<Status> statusOf(String key) {
        return jdbc.sql("select status from mail_message where message_key = :key").param("key", key)
                .query(String.class).optional().map(Status::valueOf);
    }

    /** A message with what became of its attachments, as one record. */
    @Transactional
    public long record(NewMessage m, long readId, List<Attachment> attachments) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into mail_message (message_key, message_id, sender, subject, sent_at, ags, status, read_id,
                                                  problem)
                        values (:key, :messageId, :sender, :subject, :sentAt, :ags, :status, :readId, :problem)""")
                .param("key", m.key()).param("messageId", DbText.cut(m.messageId(), MAX_TEXT))
                .param("sender", DbText.cut(m.sender(), MAX_SENDER))
                .param("subject", DbText.cut(m.subject(), MAX_TEXT))
                .param("sentAt", DbTime.toDb(m.sentAt())).param("ags", m.ags())
                .param("status", m.status().name()).param("readId", readId)
                .param("problem", DbText.cut(m.problem(), MAX_TEXT))
                .update(key, "id");
        long id = key.getKey().longValue();
        attachments.forEach(attachment -> attach(id, attachment));
        return id;
    }

    /**
     * An analyst's decision on a message that waits (unknown sender, or not readable), with the attachments it took
     * in; only one decision counts.
     *
     * @return false when the message no longer waits
     */
    @Transactional
    public boolean decide(long message, Status status, String user, Instant at, List<Attachment> attachments) {
        boolean decided = jdbc.sql("""
                        update mail_message set status = :status, handled_by = :user, handled_at = :at
                        where id = :id and status in ('WAITING', 'MALFORMED')""")
                .param("status", status.name()).param("user", user).param("at", DbTime.toDb(at))
                .param("id", message).update() == 1;
        if (decided) {
            attachments.forEach(attachment -> attach(message, attachment));
        }
        return decided;
    }

    private void attach(long message, Attachment a) {
        jdbc.sql("""
                        insert into mail_attachment (message, file_name, stored_as, refusal, refusal_detail)
                        values (:message, :name, :storedAs, :refusal, :detail)""")
                .param("message", message).param("name", DbText.cut(a.fileName(), MAX_TEXT))
                .param("storedAs", a.storedAs()).param("refusal", a.refusal())
                .param("detail", DbText.cut(a.refusalDetail(), MAX_TEXT)).update();
    }

    public Optional<Message> find(long message) {
        return messages("where m.id = :id", message).stream().findFirst();
    }

    /** The messages one read recorded, in the order read. */
    public List<Message> ofRead(long readId) {
        return messages("where m.read_id = :id", readId);
    }

    /**
     * The messages that wait for an analyst (Übersicht): from unknown senders, or ones that could not be read, so a
     * return among them is never lost; the newest ones, oldest first, and how many there are in all.
     */
    public Waiting waiting(int limit) {
        List<Message> newest = messages("where " + WAITING + " and m.id >= :id", lowestWaitingShown(limit));
        int count = jdbc.sql("select count(*) from mail_message m where " + WAITING).query(Integer.class).single();
        return new Waiting(newest, count);
    }

    private long lowestWaitingShown(int limit) {
        return jdbc.sql("select m.id from mail_message m where " + WAITING + " order by m.id desc limit :limit")
                .param("limit", limit).query(Long.class).list().stream().mapToLong(Long::longValue).min()
                .orElse(Long.MAX_VALUE);
    }

    /** The messages with all their attachments, in two queries (none per row while another result is open). */
    private List<Message> messages(String where, long id) {
        Map<Long, List<Attachment>> attachments = new HashMap<>();
        jdbc.sql("""
                        select a.message, a.file_name, a.stored_as, a.refusal, a.refusal_detail
                        from mail_attachment a join mail_message m on m.id = a.message\s""" + where + " order by a.id")
                .param("id", id)
                .query(rs -> {
                    attachments.computeIfAbsent(rs.getLong("message"), k -> new ArrayList<>())
                            .add(new Attachment(rs.getString("file_name"), rs.getString("stored_as"),
                                    rs.getString("refusal"), rs.getString("refusal_detail")));
                });
        return jdbc.sql("""
                        select m.id, m.message_key, m.message_id, m.sender, m.subject, m.sent_at, m.ags, m.status,
                               m.handled_by, m.handled_at, m.problem
                        from mail_message m\s""" + where + " order by m.id")
                .param("id", id)
                .query((rs, row) -> message(rs, attachments.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    private static Message message(ResultSet rs, List<Attachment> attachments) throws SQLException {
        return new Message(rs.getLong("id"), rs.getString("message_key"), rs.getString("message_id"),
                rs.getString("sender"), rs.getString("subject"),
                DbTime.fromDb(rs.getObject("sent_at", LocalDateTime.class)), rs.getString("ags"),
                Status.valueOf(rs.getString("status")), rs.getString("handled_by"),
                DbTime.fromDb(rs.getObject("handled_at", LocalDateTime.class)), rs.getString("problem"), attachments);
    }
}
