package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.Answer;
import de.landkreis.integrationsmonitor.reference.CoreTopic;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the answers of the current Strukturen versions of a year and turns them into coverage (RETURNS.md §6). */
final class CoverageAnswers {

    private final JdbcClient jdbc;

    CoverageAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(Answer contactPerson, Answer network, Integer offers) {
    }

    /**
     * Coverage by AGS and topic code for the municipalities with a current Strukturen version; the others are
     * absent (every topic unknown).
     */
    Map<String, Map<String, Coverage>> of(int year, List<CoreTopic> topics) {
        Map<String, Map<String, Row>> answers = new HashMap<>();
        jdbc.sql("select ags from section_version where is_current and report_year = :year "
                        + "and section_name = 'STRUKTUREN'")
                .param("year", year).query(String.class).list()
                .forEach(ags -> answers.put(ags, new HashMap<>()));
        jdbc.sql("""
                        select v.ags, a.topic_code, a.contact_person, a.network, a.offers
                          from structure_answer a join section_version v on v.id = a.version_id
                         where v.is_current and v.report_year = :year and v.section_name = 'STRUKTUREN'""")
                .param("year", year)
                .query(rs -> {
                    Integer offerCount = rs.getObject("offers", Integer.class);
                    answers.get(rs.getString("ags")).put(rs.getString("topic_code"), new Row(
                            answer(rs.getString("contact_person")), answer(rs.getString("network")), offerCount));
                });
        Map<String, Map<String, Coverage>> coverage = new HashMap<>();
        answers.forEach((ags, rows) -> {
            Map<String, Coverage> byTopic = new LinkedHashMap<>();
            topics.forEach(topic -> byTopic.put(topic.code(), coverage(topic, rows.get(topic.code()))));
            coverage.put(ags, byTopic);
        });
        return coverage;
    }

    static Coverage coverage(CoreTopic topic, Row row) {
        if (row == null) {
            return Coverage.UNKNOWN;
        }
        return switch (topic.expected()) {
            case ANSPRECHPERSON -> coverage(row.contactPerson());
            case NETZWERK -> coverage(row.network());
            // Offers are a number: an empty cell is unknown, never 0 (RETURNS.md §2).
            case ANGEBOT -> row.offers() == null ? Coverage.UNKNOWN
                    : row.offers() >= 1 ? Coverage.COVERED : Coverage.NOT_COVERED;
        };
    }

    private static Coverage coverage(Answer answer) {
        if (answer == null) {
            return Coverage.UNKNOWN;
        }
        return switch (answer) {
            case JA, VERBUND -> Coverage.COVERED;
            case GEPLANT -> Coverage.PLANNED;
            case NEIN -> Coverage.NOT_COVERED;
        };
    }

    private static Answer answer(String code) {
        return code == null ? null : Answer.valueOf(code);
    }
}
