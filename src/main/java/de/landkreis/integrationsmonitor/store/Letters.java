package de.landkreis.integrationsmonitor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every letter written to a municipality (issue 15) and, where it is sent by the program, of its
 * sending (issue 18).
 */
@Repository
public class Letters {

    /** What a letter is. */
    public enum Kind {
        /** the Rückfrage of a run, its workbook attached */
        RUECKFRAGE,
        /** a reminder before the deadline for a year */
        ERINNERUNG
    }

    /** Where a letter's address comes from: only the office directory's addresses are ever sent to. */
    public enum AddressSource {
        /** the office directory ({@link Mailboxes}) */
        DIRECTORY,
        /** the sender of the municipality's return, where the directory has no address */
        RETURN
    }

    /** Where a letter stands with its sending. */
    public enum Sending {
        /** a draft for the analysts to send: sending was off (or refused) when it was written */
        DRAFT,
        /** sending was on, but the address is not the directory's (or there is none): a person sends it by hand */
        HAND,
        /** to be sent by the next sending, a first time or again after a failure */
        DUE,
        /** handed to the mail server just now; found so later, the process ended before the outcome was recorded */
        SENDING,
        /** accepted by the mail server */
        SENT,
        /** every attempt failed, or whether it arrived is unknown: the analysts take over */
        UNDELIVERED,
        /** listed by a dry run instead of being sent; it is never sent later (it may have been sent by hand) */
        DRY_RUN,
        /** an analyst sent it from the mail program and said so on the Übersicht: the program never sends it */
        SENT_BY_HAND
    }

    /**
     * A letter to write down.
     *
     * @param address   the recipient, null when none was known
     * @param source    where the address comes from, null when there is none
     * @param createdBy the analyst who asked for it on a page, null for a run or the command line
     * @param runId     the run whose Rückfrage it is, null for a reminder
     * @param sending   its first state: {@link Sending#DRAFT}, {@link Sending#HAND} or {@link Sending#DUE}
     */
    public record NewLetter(String ags, int year, Kind kind, Instant createdAt, String createdBy, String file,
                            String address, AddressSource source, Long runId, Sending sending) {
    }

    /**
     * A letter written.
     *
     * @param attempts  how often it was handed to the mail server
     * @param sentAt    when the mail server accepted it or an analyst marked it as sent by hand, null before
     * @param sentBy    the analyst who marked it as sent by hand, null otherwise
     * @param lastError why the latest attempt failed (German), null when none did
     */
    public record Letter(long id, String ags, int year, Kind kind, Instant createdAt, String createdBy, String file,
                         String address, AddressSource source, Long runId, Sending sending, int attempts,
                         Instant sentAt, String sentBy, String lastError) {

        /** The draft's file name, as the pages offer it for download and the messages name it. */
        public String fileName() {
            return Path.of(file).getFileName().toString();
        }

        /** Failed at least once and tried again by the next sending. */
        public boolean retrying() {
            return sending == Sending.DUE && attempts > 0;
        }
    }

    /** Letters the analysts must look at (Übersicht): the newest ones and how many there are in all. */
    public record Waiting(List<Letter> letters, int count) {
    }

    private static final String COLUMNS = "id, ags, report_year, kind, created_at, created_by, file_path, address, "
            + "address_source, run_id, sending, send_attempts, sent_at, sent_by, last_error";
    /** What waits for a person: a hand send, an undelivered letter, one a dry run listed, one failed once. */
    private static final String WAITING = "sending in ('HAND', 'UNDELIVERED', 'DRY_RUN')"
            + " or (sending = 'DUE' and send_attempts > 0)";

    /** The length of the {@code last_error} column. */
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;

    public Letters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(NewLetter letter) {
        jdbc.sql("""
                        insert into letter (ags, report_year, kind, created_at, created_by, file_path, address,
                                            address_source, run_id, sending)
                        values (:ags, :year, :kind, :at, :by, :file, :address, :source, :run, :sending)""")
                .param("ags", letter.ags()).param("year", letter.year()).param("kind", letter.kind().name())
                .param("at", DbTime.toDb(letter.createdAt())).param("by", letter.createdBy())
                .param("file", letter.file()).param("address", letter.address())
                .param("source", letter.source() == null ? null : letter.source().name())
                .param("run", letter.runId()).param("sending", letter.sending().name())
                .update();
    }

    /** A municipality's letters, newest first. */
    public List<Letter> ofMunicipality(String ags) {
        return jdbc.sql("select " + COLUMNS + " from letter where ags = :ags order by created_at desc, id desc")
                .param("ags", ags).query(Letters::letter).list();
    }

    /** The Rückfragen of a run, in the order written. */
    public List<Letter> ofRun(long runId) {
        return jdbc.sql("select " + COLUMNS + " from letter where run_id = :run order by id")
                .param("run", runId).query(Letters::letter).list();
    }

    public Optional<Letter> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from letter where id = :id").param("id", id)
                .query(Letters::letter).optional();
    }

    /** The letters in a state, in the order written. */
    public List<Letter> inState(Sending sending) {
        return jdbc.sql("select " + COLUMNS + " from letter where sending = :sending order by id")
                .param("sending", sending.name()).query(Letters::letter).list();
    }

    /** How many of the letters in these files wait for a hand send. */
    public int handOnlyAmong(Collection<String> files) {
        if (files.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from letter where sending = 'HAND' and file_path in (:files)")
                .param("files", files).query(Integer.class).single();
    }

    /** The letters waiting for a person, newest first, at most {@code limit}. */
    public Waiting waiting(int limit) {
        List<Letter> newest = jdbc.sql("select " + COLUMNS + " from letter where " + WAITING
                        + " order by created_at desc, id desc limit :limit")
                .param("limit", limit).query(Letters::letter).list();
        int count = jdbc.sql("select count(*) from letter where " + WAITING).query(Integer.class).single();
        return new Waiting(newest, count);
    }

    /**
     * Marks a due letter as being handed to the mail server now and counts the attempt; committed before the server
     * is asked, so a process that ends before the outcome is recorded never sends it again.
     *
     * @return false when it was no longer due
     */
    public boolean startSending(long id, Instant at) {
        return jdbc.sql("""
                        update letter set sending = 'SENDING', send_attempts = send_attempts + 1,
                                          last_attempt_at = :at
                        where id = :id and sending = 'DUE'""")
                .param("id", id).param("at", DbTime.toDb(at)).update() == 1;
    }

    public void sent(long id, Instant at) {
        jdbc.sql("update letter set sending = 'SENT', sent_at = :at, last_error = null where id = :id")
                .param("id", id).param("at", DbTime.toDb(at)).update();
    }

    /**
     * An attempt failed: due again for the next sending, or undelivered once it has had {@code maxAttempts}.
     *
     * @return the state it is in now
     */
    public Sending failed(long id, String error, int maxAttempts) {
        jdbc.sql("""
                        update letter set last_error = :error,
                               sending = case when send_attempts >= :max then 'UNDELIVERED' else 'DUE' end
                        where id = :id""")
                .param("id", id).param("error", DbText.cut(error, MAX_ERROR)).param("max", maxAttempts).update();
        return Sending.valueOf(jdbc.sql("select sending from letter where id = :id").param("id", id)
                .query(String.class).single());
    }

    /** Whether the letter arrived is unknown (the connection failed while it was handed over): never sent again. */
    public void undelivered(long id, String error) {
        jdbc.sql("update letter set sending = 'UNDELIVERED', last_error = :error where id = :id")
                .param("id", id).param("error", DbText.cut(error, MAX_ERROR)).update();
    }

    /**
     * What sending being off (or refused) did to the letters that waited for it.
     *
     * @param drafts      never tried: drafts again, as if written while sending was off
     * @param undelivered tried and failed before: „nicht zugestellt“, for the analysts
     */
    public record StoodDown(int drafts, int undelivered) {
    }

    /**
     * Sending is off or refused now: no due letter waits for it to come back on, to go out weeks later. One never
     * tried becomes a draft again; one that failed before becomes undelivered, so it stays on the Übersicht.
     */
    public StoodDown standDown() {
        int drafts = jdbc.sql("update letter set sending = 'DRAFT' where sending = 'DUE' and send_attempts = 0")
                .update();
        int undelivered = jdbc.sql("update letter set sending = 'UNDELIVERED' where sending = 'DUE'").update();
        return new StoodDown(drafts, undelivered);
    }

    /** Letters left in {@link Sending#SENDING} by an ended process: whether they arrived is unknown. */
    public int interrupted(String error) {
        return jdbc.sql("update letter set sending = 'UNDELIVERED', last_error = :error where sending = 'SENDING'")
                .param("error", DbText.cut(error, MAX_ERROR)).update();
    }

    /**
     * An analyst sent the letter by hand: from now on the program never sends it. Only a letter not sent and not
     * being sent; a due one too, so the next run does not send it a second time.
     *
     * @return false when the letter was sent (or is being sent) by the program, or already marked
     */
    public boolean sentByHand(long id, String analyst, Instant at) {
        return jdbc.sql("""
                        update letter set sending = 'SENT_BY_HAND', sent_by = :analyst, sent_at = :at
                        where id = :id and sending in ('DRAFT', 'HAND', 'DUE', 'UNDELIVERED', 'DRY_RUN')""")
                .param("id", id).param("analyst", analyst).param("at", DbTime.toDb(at)).update() == 1;
    }

    /** A dry run listed the letter: it stays a draft for good. */
    public void listedByDryRun(long id) {
        jdbc.sql("update letter set sending = 'DRY_RUN' where id = :id and sending = 'DUE'").param("id", id).update();
    }

    private static Letter letter(ResultSet rs, int row) throws SQLException {
        String source = rs.getString("address_source");
        return new Letter(rs.getLong("id"), rs.getString("ags"), rs.getInt("report_year"),
                Kind.valueOf(rs.getString("kind")), DbTime.fromDb(rs.getObject("created_at", LocalDateTime.class)),
                rs.getString("created_by"), rs.getString("file_path"), rs.getString("address"),
                source == null ? null : AddressSource.valueOf(source), rs.getObject("run_id", Long.class),
                Sending.valueOf(rs.getString("sending")), rs.getInt("send_attempts"),
                DbTime.fromDb(rs.getObject("sent_at", LocalDateTime.class)), rs.getString("sent_by"),
                rs.getString("last_error"));
    }
}
