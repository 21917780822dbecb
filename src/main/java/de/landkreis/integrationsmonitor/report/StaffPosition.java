package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.FundingSource;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.util.List;
import java.util.Set;

/**
 * A position of a current Personal version as the figures need it.
 *
 * @param ags       the reporting municipality
 * @param occupied  false only when the return says Besetzt = nein
 * @param funding   the distinct sources, empty = ohne Angabe
 * @param servedAgs the municipalities it serves, the reporting one included
 */
record StaffPosition(long id, String ags, PositionFunction function, double fte, boolean occupied,
                     Set<FundingSource> funding, List<String> servedAgs) {

    /** The Land's part of the funding: a position with several sources counts in equal parts to each (§4). */
    double landPart() {
        return funding.isEmpty() ? 0 : (double) funding.stream().filter(FundingSource::isLand).count() / funding.size();
    }
}
