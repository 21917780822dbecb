package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.reference.Answer;
import de.landkreis.integrationsmonitor.reference.Employer;
import de.landkreis.integrationsmonitor.reference.FundingSource;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.StructureAnswer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a municipality's current versions of a year hold (RETURNS.md §6 "current version"): the answers of its
 * Strukturen section and the positions of its Personal section, as the prefilled return forms show them.
 * Contact data is deliberately not offered here.
 */
@Repository
public class CurrentReturns {

    private final JdbcClient jdbc;

    public CurrentReturns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answers of the current Strukturen version in the order of its rows; empty when there is none. */
    public List<StructureAnswer> structures(String ags, int year) {
        return jdbc.sql("""
                        select a.topic_code, a.contact_person, a.network, a.offers, a.need_for_action, a.remark,
                               a.source_row
                        from structure_answer a join section_version v on v.id = a.version_id
                        where v.is_current and v.section_name = 'STRUKTUREN' and v.ags = :ags and v.report_year = :year
                        order by a.source_row, a.topic_code""")
                .param("ags", ags).param("year", year)
                .query((rs, row) -> {
                    Integer offersOrNull = rs.getObject("offers", Integer.class);
                    Boolean needOrNull = rs.getObject("need_for_action", Boolean.class);
                    return new StructureAnswer(rs.getString("topic_code"), answer(rs.getString("contact_person")),
                            answer(rs.getString("network")), offersOrNull, needOrNull, rs.getString("remark"),
                            rs.getInt("source_row"));
                })
                .list();
    }

    /**
     * The positions of the current Personal version in the order of its rows, a {@code KEINE} row included; empty
     * when there is none. Served municipalities are sorted by AGS, as the validation stores them.
     */
    public List<Position> positions(String ags, int year) {
        String ofVersion = """
                 join staff_position p on p.id = x.position_id join section_version v on v.id = p.version_id
                where v.is_current and v.section_name = 'PERSONAL' and v.ags = :ags and v.report_year = :year""";
        Map<Long, Set<FundingSource>> funding = new HashMap<>();
        jdbc.sql("select x.position_id, x.source from position_funding x" + ofVersion)
                .param("ags", ags).param("year", year)
                .query(rs -> {
                    funding.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(FundingSource.class))
                            .add(FundingSource.valueOf(rs.getString(2)));
                });
        Map<Long, List<String>> served = new HashMap<>();
        jdbc.sql("select x.position_id, x.ags from position_served x" + ofVersion + " order by x.ags")
                .param("ags", ags).param("year", year)
                .query(rs -> {
                    served.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("""
                        select p.id, p.source_row, p.function_code, p.fte, p.occupied, p.vacant_since,
                               p.fixed_term_until, p.employer, p.employer_name, p.remark
                        from staff_position p join section_version v on v.id = p.version_id
                        where v.is_current and v.section_name = 'PERSONAL' and v.ags = :ags and v.report_year = :year
                        order by p.source_row, p.id""")
                .param("ags", ags).param("year", year)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    Boolean occupiedOrNull = rs.getObject("occupied", Boolean.class);
                    String employer = rs.getString("employer");
                    return new Position(PositionFunction.valueOf(rs.getString("function_code")), rs.getBigDecimal("fte"),
                            occupiedOrNull, rs.getObject("vacant_since", LocalDate.class),
                            rs.getObject("fixed_term_until", LocalDate.class),
                            employer == null ? null : Employer.valueOf(employer), rs.getString("employer_name"),
                            funding.getOrDefault(id, EnumSet.noneOf(FundingSource.class)), List.copyOf(served.getOrDefault(id, List.of())),
                            rs.getString("remark"), rs.getInt("source_row"));
                })
                .list();
    }

    private static Answer answer(String code) {
        return code == null ? null : Answer.valueOf(code);
    }

}
