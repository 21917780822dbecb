package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.CoreTopicCatalogue;
import de.landkreis.integrationsmonitor.reference.MailboxDirectory;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upserts the register and the core topics at start. Entries no longer in the files stay in the database,
 * unlisted, because older years' returns refer to them. Then the office directory fills the entries no analyst
 * has edited (it refers to the register).
 */
@Component
class ReferenceDataSync {

    private final JdbcClient jdbc;
    private final MunicipalityRegister register;
    private final CoreTopicCatalogue topics;
    private final MailboxDirectory directory;
    private final Mailboxes mailboxes;

    ReferenceDataSync(JdbcClient jdbc, MunicipalityRegister register, CoreTopicCatalogue topics,
                      MailboxDirectory directory, Mailboxes mailboxes) {
        this.jdbc = jdbc;
        this.register = register;
        this.topics = topics;
        this.directory = directory;
        this.mailboxes = mailboxes;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void sync() {
        jdbc.sql("update municipality set listed = false").update();
        for (Municipality m : register.all()) {
            upsert("""
                    update municipality set name = :name, muni_type = :type, population = :population,
                           population_date = :date, admin_union = :union, listed = true where ags = :ags""", """
                    insert into municipality (ags, name, muni_type, population, population_date, admin_union, listed)
                    values (:ags, :name, :type, :population, :date, :union, true)""", params(m));
        }
        jdbc.sql("update core_topic set listed = false").update();
        for (CoreTopic t : topics.all()) {
            upsert("""
                    update core_topic set name = :name, description = :description, expected = :expected,
                           valid_from = :from, valid_to = :to, listed = true where code = :code""", """
                    insert into core_topic (code, name, description, expected, valid_from, valid_to, listed)
                    values (:code, :name, :description, :expected, :from, :to, true)""", params(t));
        }
        mailboxes.fillFromFile(directory.entries());
    }

    /** Portable upsert: MERGE differs between H2 and PostgreSQL. */
    private void upsert(String update, String insert, Map<String, Object> params) {
        if (jdbc.sql(update).params(params).update() == 0) {
            jdbc.sql(insert).params(params).update();
        }
    }

    private static Map<String, Object> params(Municipality m) {
        Map<String, Object> p = new HashMap<>();
        p.put("ags", m.ags());
        p.put("name", m.name());
        p.put("type", m.type());
        p.put("population", m.population());
        p.put("date", m.populationDate());
        p.put("union", m.adminUnion());
        return p;
    }

    private static Map<String, Object> params(CoreTopic t) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", t.code());
        p.put("name", t.name());
        p.put("description", t.description());
        p.put("expected", t.expected().name());
        p.put("from", t.validFrom());
        p.put("to", t.validTo());
        return p;
    }
}
