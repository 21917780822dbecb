package de.landkreis.integrationsmonitor.store;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one way to the contact data of the returns (personal data): for the analysts' reminder list and the letters
 * to the municipalities, never for the committee papers, which are public. {@code ModularityTests} keeps every committee class away from it.
 */
@Repository
public class ContactEmails {

    private final JdbcClient jdbc;

    public ContactEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
