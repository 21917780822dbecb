package de.landkreis.integrationsmonitor.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail's table: who logged in, changed an account or started a run, when and from where. */
@Repository
public class AuditEvents {

    private final JdbcClient jdbc;

    public AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One event; the optional parts are null where they do not apply.
     *
     * @param reason why a login was refused ({@code BAD_CREDENTIALS}, {@code LOCKED}, {@code DISABLED})
     * @param target the account an administrator acted on
     */
    public record AuditEvent(Instant occurredAt, String event, String user, String address, String reason,
                             String target) {
    }

    /** A page of the trail and how many events match in all. */
    public record Page(List<AuditEvent> events, int total) {
    }

    public void add(AuditEvent event) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, event, user_name, address, reason, target)
                        values (:at, :event, :user, :address, :reason, :target)""")
                .param("at", DbTime.toDb(event.occurredAt())).param("event", event.event())
                .param("user", event.user()).param("address", event.address()).param("reason", event.reason())
                .param("target", event.target()).update();
    }

    /**
     * Newest first.
     *
     * @param event only this event, or null for all
     * @param user  only events of or on this user name, or null for all
     */
    public Page page(String event, String user, int offset, int size) {
        // Conditions only for the filters given: PostgreSQL cannot type a null parameter in ":x is null".
        String where = " where 1 = 1" + (event == null ? "" : " and event = :event")
                + (user == null ? "" : " and (user_name = :user or target = :user)");
        int total = filtered(jdbc.sql("select count(*) from audit_event" + where), event, user)
                .query(Integer.class).single();
        List<AuditEvent> events = filtered(jdbc.sql("select occurred_at, event, user_name, address, reason, target"
                        + " from audit_event" + where + " order by occurred_at desc, id desc offset :offset rows"
                        + " fetch next :size rows only"), event, user)
                .param("offset", offset).param("size", size)
                .query((rs, row) -> new AuditEvent(DbTime.fromDb(rs.getObject("occurred_at", LocalDateTime.class)),
                        rs.getString("event"), rs.getString("user_name"), rs.getString("address"),
                        rs.getString("reason"), rs.getString("target")))
                .list();
        return new Page(events, total);
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, String event, String user) {
        JdbcClient.StatementSpec spec = event == null ? statement : statement.param("event", event);
        return user == null ? spec : spec.param("user", user);
    }

    /** Deletes the events before {@code cutoff}; returns how many. */
    public int deleteBefore(Instant cutoff) {
        return jdbc.sql("delete from audit_event where occurred_at < :cutoff").param("cutoff", DbTime.toDb(cutoff))
                .update();
    }
}
