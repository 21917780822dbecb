package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.reference.Mailbox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The office directory in the database: filled from the file at start, edited by the analysts on a page. */
@Repository
public class Mailboxes {

    /**
     * An entry as stored.
     *
     * @param editedBy who last changed it on the page, null when it comes from the file
     * @param editedAt when (UTC), null when it comes from the file
     */
    public record Stored(Mailbox mailbox, String editedBy, Instant editedAt) {

        public boolean edited() {
            return editedBy != null;
        }
    }

    private final JdbcClient jdbc;

    public Mailboxes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT =
            "select ags, email, salutation, sender_domains, edited_by, edited_at from mailbox";

    /** By AGS; a municipality without an entry is absent. */
    public Map<String, Stored> all() {
        Map<String, Stored> byAgs = new HashMap<>();
        jdbc.sql(SELECT).query(Mailboxes::stored).list().forEach(stored -> byAgs.put(stored.mailbox().ags(), stored));
        return byAgs;
    }

    public Optional<Stored> of(String ags) {
        return jdbc.sql(SELECT + " where ags = :ags").param("ags", ags).query(Mailboxes::stored).optional();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(new Mailbox(rs.getString("ags"), rs.getString("email"), rs.getString("salutation"),
                domains(rs.getString("sender_domains"))), rs.getString("edited_by"),
                DbTime.fromDb(rs.getObject("edited_at", LocalDateTime.class)));
    }

    /**
     * The file's entries replace every entry no analyst has edited, and an unedited entry no longer in the file goes;
     * edited ones stay as the analyst left them.
     */
    @Transactional
    public void fillFromFile(List<Mailbox> fromFile) {
        List<String> listed = fromFile.stream().map(Mailbox::ags).toList();
        if (listed.isEmpty()) {
            jdbc.sql("delete from mailbox where edited_by is null").update();
        } else {
            jdbc.sql("delete from mailbox where edited_by is null and ags not in (:listed)")
                    .param("listed", listed).update();
        }
        for (Mailbox m : fromFile) {
            int updated = jdbc.sql("""
                            update mailbox set email = :email, salutation = :salutation, sender_domains = :domains
                            where ags = :ags and edited_by is null""")
                    .params(params(m)).update();
            if (updated == 0 && jdbc.sql("select count(*) from mailbox where ags = :ags").param("ags", m.ags())
                    .query(Integer.class).single() == 0) {
                jdbc.sql("""
                                insert into mailbox (ags, email, salutation, sender_domains)
                                values (:ags, :email, :salutation, :domains)""")
                        .params(params(m)).update();
            }
        }
    }

    /** An analyst's change; from now on the file no longer touches the entry. */
    @Transactional
    public void edit(Mailbox mailbox, String user, Instant at) {
        Map<String, Object> p = params(mailbox);
        p.put("user", user);
        p.put("at", DbTime.toDb(at));
        if (jdbc.sql("""
                        update mailbox set email = :email, salutation = :salutation, sender_domains = :domains,
                               edited_by = :user, edited_at = :at where ags = :ags""")
                .params(p).update() == 0) {
            jdbc.sql("""
                            insert into mailbox (ags, email, salutation, sender_domains, edited_by, edited_at)
                            values (:ags, :email, :salutation, :domains, :user, :at)""")
                    .params(p).update();
        }
    }

    private static Map<String, Object> params(Mailbox m) {
        Map<String, Object> p = new HashMap<>();
        p.put("ags", m.ags());
        p.put("email", m.email());
        p.put("salutation", m.salutation());
        p.put("domains", m.senderDomains().isEmpty() ? null : String.join(" ", m.senderDomains()));
        return p;
    }

    private static List<String> domains(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(" "));
    }
}
