package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.reference.FundingSource;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The positions of the current Personal versions of a Berichtsjahr, for the district figures. */
@Repository
public class CurrentPositions {

    private static final String CURRENT_PERSONAL = """
             join section_version v on v.id = p.version_id
            where v.is_current and v.report_year = :year and v.section_name = 'PERSONAL'""";

    private final JdbcClient jdbc;

    public CurrentPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipalities with a current Personal version of their own ({@code keine} rows included). */
    public Set<String> reporting(int year) {
        return new HashSet<>(jdbc.sql("select ags from section_version where is_current and report_year = :year "
                        + "and section_name = 'PERSONAL'")
                .param("year", year).query(String.class).list());
    }

    /** Every position except {@code keine} rows, each once, in a stable order. */
    public List<CurrentPosition> of(int year) {
        Map<Long, Set<FundingSource>> funding = new HashMap<>();
        jdbc.sql("select f.position_id, f.source from position_funding f join staff_position p on p.id = f.position_id"
                        + CURRENT_PERSONAL)
                .param("year", year)
                .query(rs -> {
                    funding.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(FundingSource.class))
                            .add(FundingSource.valueOf(rs.getString(2)));
                });
        Map<Long, List<String>> served = new HashMap<>();
        jdbc.sql("select s.position_id, s.ags from position_served s join staff_position p on p.id = s.position_id"
                        + CURRENT_PERSONAL + " order by s.ags")
                .param("year", year)
                .query(rs -> {
                    served.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        // An accepted version always has its Stichtag; 31.12. stands in should an old row lack it.
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        return jdbc.sql("select p.id, v.ags, v.stichtag, p.function_code, p.fte, p.occupied, p.vacant_since, "
                        + "p.fixed_term_until from staff_position p" + CURRENT_PERSONAL
                        + " and p.function_code <> 'KEINE' and p.fte is not null order by p.id")
                .param("year", year)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    String ags = rs.getString("ags");
                    LocalDate stichtag = rs.getObject("stichtag", LocalDate.class);
                    boolean vacant = Boolean.FALSE.equals(rs.getObject("occupied", Boolean.class));
                    return new CurrentPosition(id, ags, stichtag == null ? endOfYear : stichtag,
                            PositionFunction.valueOf(rs.getString("function_code")),
                            rs.getBigDecimal("fte").doubleValue(), !vacant,
                            rs.getObject("vacant_since", LocalDate.class),
                            rs.getObject("fixed_term_until", LocalDate.class),
                            funding.getOrDefault(id, Set.of()), served.getOrDefault(id, List.of(ags)));
                })
                .list();
    }
}
