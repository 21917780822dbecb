package de.landkreis.integrationsmonitor.returns;

import de.landkreis.integrationsmonitor.reference.Employer;
import de.landkreis.integrationsmonitor.reference.FundingSource;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One row of a Personal section. A {@code KEINE} row has no other values.
 *
 * @param fte            0 < fte ≤ 1, null for a {@code KEINE} row
 * @param employer       null = ohne Angabe
 * @param funding        distinct sources, empty = ohne Angabe
 * @param servedAgs      the municipalities this position serves, always including the reporting one
 */
public record Position(PositionFunction function, BigDecimal fte, Boolean occupied, LocalDate vacantSince,
                       LocalDate fixedTermUntil, Employer employer, String employerName,
                       Set<FundingSource> funding, List<String> servedAgs, String remark, int sourceRow) {

    public boolean isShared() {
        return servedAgs.size() > 1;
    }
}
