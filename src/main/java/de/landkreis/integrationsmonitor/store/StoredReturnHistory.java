package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.reference.PositionFunction;
import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.returns.Position;
import de.landkreis.integrationsmonitor.returns.Section;
import de.landkreis.integrationsmonitor.validation.ReturnHistory;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The earlier returns as the comparing rules ask for them. */
@Repository
class StoredReturnHistory implements ReturnHistory {

    static final String VERSION_COLUMNS = """
            v.id, v.ags, v.report_year, v.section_name, v.accepted, v.receipt_no, v.header_sheet, v.header_row,
            v.header_column, f.relative_path""";

    private static final int IN_LIST_SIZE = 1_000;

    private final JdbcClient jdbc;

    StoredReturnHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> earlierFileWithContent(String sha256, long receiptNo) {
        return jdbc.sql("""
                        select relative_path from received_file
                        where sha256 = :sha and receipt_no < :receipt and outcome in ('ACCEPTED', 'PARTLY_ACCEPTED')
                        order by receipt_no""")
                .param("sha", sha256).param("receipt", receiptNo).query(String.class).list().stream().findFirst();
    }

    @Override
    public List<StoredVersion> versionsOf(int year) {
        return jdbc.sql("select " + VERSION_COLUMNS + """
                         from section_version v join received_file f on f.id = v.file_id
                        where v.report_year = :year
                        order by v.receipt_no, v.id""")
                .param("year", year).query(StoredReturnHistory::version).list();
    }

    @Override
    public List<StoredPosition> currentSharedPositions(int year) {
        Map<Long, List<String>> served = new HashMap<>();
        jdbc.sql("""
                        select s.position_id, s.ags from position_served s
                          join staff_position p on p.id = s.position_id
                          join section_version v on v.id = p.version_id
                        where v.is_current and v.section_name = 'PERSONAL' and v.report_year = :year
                        order by s.ags""")
                .param("year", year)
                .query(rs -> {
                    served.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("select " + VERSION_COLUMNS + """
                        , p.id as position_id, p.function_code, p.fte, p.source_row
                         from section_version v join received_file f on f.id = v.file_id
                         join staff_position p on p.version_id = v.id
                        where v.is_current and v.section_name = 'PERSONAL' and v.report_year = :year
                          and p.function_code <> 'KEINE'
                        order by v.receipt_no, p.source_row""")
                .param("year", year)
                .query((rs, row) -> {
                    StoredVersion version = version(rs, row);
                    List<String> servedAgs = served.getOrDefault(rs.getLong("position_id"), List.of());
                    Position position = new Position(PositionFunction.valueOf(rs.getString("function_code")),
                            rs.getBigDecimal("fte"), null, null, null, null, null, Set.of(), servedAgs, null,
                            rs.getInt("source_row"));
                    return new StoredPosition(version, position,
                            version.header().at(position.sourceRow(), version.header().column()));
                })
                .list().stream().filter(p -> p.position().isShared()).toList();
    }

    @Override
    public Map<String, BigDecimal> currentOwnFte(int year) {
        Map<String, BigDecimal> totals = new HashMap<>();
        jdbc.sql("""
                        select v.ags, coalesce(sum(p.fte), 0) from section_version v
                          left join staff_position p on p.version_id = v.id
                        where v.is_current and v.section_name = 'PERSONAL' and v.report_year = :year
                        group by v.id, v.ags""")
                .param("year", year)
                .query(rs -> {
                    totals.putIfAbsent(rs.getString(1), rs.getBigDecimal(2));
                });
        return totals;
    }

    @Override
    public Map<Long, BigDecimal> fteOf(Collection<Long> versionIds) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        List<Long> ids = List.copyOf(versionIds);
        // In slices: an IN list of a whole season's versions would exceed what a statement may carry.
        for (int from = 0; from < ids.size(); from += IN_LIST_SIZE) {
            jdbc.sql("""
                            select version_id, coalesce(sum(fte), 0) from staff_position where version_id in (:ids)
                            group by version_id""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST_SIZE)))
                    .query(rs -> {
                        totals.put(rs.getLong(1), rs.getBigDecimal(2));
                    });
        }
        return totals;
    }

    static StoredVersion version(ResultSet rs, int row) throws SQLException {
        Integer reportYear = rs.getObject("report_year", Integer.class);
        Integer header = rs.getObject("header_row", Integer.class);
        String file = rs.getString("relative_path");
        return new StoredVersion(rs.getLong("id"), rs.getString("ags"), reportYear,
                Section.valueOf(rs.getString("section_name")), rs.getBoolean("accepted"), rs.getLong("receipt_no"),
                file, new Location(file, rs.getString("header_sheet"), header, rs.getString("header_column")));
    }
}
