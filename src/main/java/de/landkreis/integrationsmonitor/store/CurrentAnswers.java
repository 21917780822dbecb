package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.reference.Answer;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The answers of the current Strukturen versions of a Berichtsjahr, for the district figures. */
@Repository
public class CurrentAnswers {

    private final JdbcClient jdbc;

    public CurrentAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One answered core topic (RETURNS.md §2); a topic not answered has none.
     *
     * @param offers        the number of offers, null when unknown
     * @param needForAction Handlungsbedarf, null when unknown
     */
    public record TopicAnswer(Answer contactPerson, Answer network, Integer offers, Boolean needForAction) {
    }

    /**
     * By AGS and topic code, for every municipality with a current Strukturen version (an empty map where it
     * answered no topic); the others are absent.
     */
    public Map<String, Map<String, TopicAnswer>> of(int year) {
        Map<String, Map<String, TopicAnswer>> answers = new HashMap<>();
        jdbc.sql("select ags from section_version where is_current and report_year = :year "
                        + "and section_name = 'STRUKTUREN'")
                .param("year", year).query(String.class).list()
                .forEach(ags -> answers.put(ags, new HashMap<>()));
        jdbc.sql("""
                        select v.ags, a.topic_code, a.contact_person, a.network, a.offers, a.need_for_action
                          from structure_answer a join section_version v on v.id = a.version_id
                         where v.is_current and v.report_year = :year and v.section_name = 'STRUKTUREN'""")
                .param("year", year)
                .query(rs -> {
                    answers.get(rs.getString("ags")).put(rs.getString("topic_code"), new TopicAnswer(
                            answer(rs.getString("contact_person")), answer(rs.getString("network")),
                            rs.getObject("offers", Integer.class), rs.getObject("need_for_action", Boolean.class)));
                });
        return answers;
    }

    private static Answer answer(String code) {
        return code == null ? null : Answer.valueOf(code);
    }
}
