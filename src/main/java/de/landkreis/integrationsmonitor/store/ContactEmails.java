package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.returns.Section;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one way to the contact data of the returns (personal data): for the analysts' reminder list, the letters to
 * the municipalities and a municipality's page, never for the committee papers, which are public.
 * {@code ModularityTests} keeps every committee class away from it.
 */
@Repository
public class ContactEmails {

    private final JdbcClient jdbc;

    public ContactEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who filled in one section version of a municipality's return.
     *
     * @param year null when the Berichtsjahr could not be read
     */
    public record ReturnContact(Integer year, Section section, String file, String name, String email, String phone,
                                LocalDate filledOn) {
    }

    /** The contact data of every return of the municipality, in order of receipt. */
    public List<ReturnContact> of(String ags) {
        return jdbc.sql("""
                        select v.report_year, v.section_name, f.relative_path, c.name, c.email, c.phone, c.filled_on
                          from contact c join section_version v on v.id = c.version_id
                          join received_file f on f.id = v.file_id
                         where v.ags = :ags
                         order by v.receipt_no, v.id""")
                .param("ags", ags)
                .query((rs, row) -> new ReturnContact(rs.getObject("report_year", Integer.class),
                        Section.valueOf(rs.getString("section_name")), rs.getString("relative_path"),
                        rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                        rs.getObject("filled_on", LocalDate.class)))
                .list();
    }

    /** Per AGS the e-mail of the last return of the year (or without a readable year) that gave one. */
    public Map<String, String> latestOf(int year) {
        Map<String, String> emails = new HashMap<>();
        jdbc.sql("""
                        select v.ags, c.email from contact c join section_version v on v.id = c.version_id
                         where (v.report_year = :year or v.report_year is null) and c.email is not null
                         order by v.receipt_no, v.id""")
                .param("year", year)
                .query(rs -> {
                    emails.put(rs.getString("ags"), rs.getString("email"));
                });
        return emails;
    }

    /** Per AGS the e-mail of the last return of this run's files that gave one: the sender a Rückfrage answers. */
    public Map<String, String> latestOfRun(long runId) {
        Map<String, String> emails = new HashMap<>();
        jdbc.sql("""
                        select v.ags, c.email from contact c join section_version v on v.id = c.version_id
                          join received_file f on f.id = v.file_id
                         where f.registered_run_id = :run and c.email is not null
                         order by v.receipt_no, v.id""")
                .param("run", runId)
                .query(rs -> {
                    emails.put(rs.getString("ags"), rs.getString("email"));
                });
        return emails;
    }
}
