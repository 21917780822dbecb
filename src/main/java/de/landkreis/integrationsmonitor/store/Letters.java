package de.landkreis.integrationsmonitor.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of every letter draft written to a municipality (issue 15). */
@Repository
public class Letters {

    /** What a letter is. */
    public enum Kind {
        /** the Rückfrage of a run, its workbook attached */
        RUECKFRAGE,
        /** a reminder before the deadline for a year */
        ERINNERUNG
    }

    /**
     * A letter to write down.
     *
     * @param address   the recipient, null when none was known
     * @param createdBy the analyst who asked for it on a page, null for a run or the command line
     * @param runId     the run whose Rückfrage it is, null for a reminder
     */
    public record NewLetter(String ags, int year, Kind kind, Instant createdAt, String createdBy, String file,
                            String address, Long runId) {
    }

    /** A letter written. */
    public record Letter(long id, String ags, int year, Kind kind, Instant createdAt, String createdBy, String file,
                         String address, Long runId) {
    }

    private static final String COLUMNS =
            "id, ags, report_year, kind, created_at, created_by, file_path, address, run_id";

    private final JdbcClient jdbc;

    public Letters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(NewLetter letter) {
        jdbc.sql("""
                        insert into letter (ags, report_year, kind, created_at, created_by, file_path, address, run_id)
                        values (:ags, :year, :kind, :at, :by, :file, :address, :run)""")
                .param("ags", letter.ags()).param("year", letter.year()).param("kind", letter.kind().name())
                .param("at", DbTime.toDb(letter.createdAt())).param("by", letter.createdBy())
                .param("file", letter.file()).param("address", letter.address()).param("run", letter.runId())
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

    private static Letter letter(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Letter(rs.getLong("id"), rs.getString("ags"), rs.getInt("report_year"),
                Kind.valueOf(rs.getString("kind")), DbTime.fromDb(rs.getObject("created_at", LocalDateTime.class)),
                rs.getString("created_by"), rs.getString("file_path"), rs.getString("address"),
                rs.getObject("run_id", Long.class));
    }
}
