package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.FundingSource;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The rows of the funding tables: each source of §4, and {@code ohne Angabe} for positions without one. */
public enum FundingGroup {
    LAND_IM(FundingSource.LAND_IM),
    LAND_IB(FundingSource.LAND_IB),
    KOMMUNE(FundingSource.KOMMUNE),
    BUND(FundingSource.BUND),
    SONSTIGE(FundingSource.SONSTIGE),
    OHNE_ANGABE(null);

    private final FundingSource source;

    FundingGroup(FundingSource source) {
        this.source = source;
    }

    /** The groups a position's FTE is shared out to in equal parts (RETURNS.md §4). */
    static List<FundingGroup> of(Set<FundingSource> funding) {
        if (funding.isEmpty()) {
            return List.of(OHNE_ANGABE);
        }
        return Arrays.stream(values()).filter(g -> g.source != null && funding.contains(g.source)).toList();
    }

    public boolean isLand() {
        return source != null && source.isLand();
    }
}
