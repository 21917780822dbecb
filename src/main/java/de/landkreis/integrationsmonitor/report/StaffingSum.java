package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.PositionFunction;
import de.landkreis.integrationsmonitor.store.CurrentPosition;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Adds up (parts of) positions into a {@link Staffing}. */
final class StaffingSum {

    private final Map<PositionFunction, Double> fte = new EnumMap<>(PositionFunction.class);
    private final FixedTerms.Sum fixedTerms = new FixedTerms.Sum();
    private double vacant;
    private double longVacant;
    private double land;
    private double withFunding;

    /**
     * @param weight the part of the position counted here: 1 in district totals, the population share of a
     *               served municipality in its own figures
     */
    void add(CurrentPosition position, double weight) {
        double part = position.fte() * weight;
        List<FundingGroup> funding = FundingGroup.of(position.funding());
        fte.merge(position.function(), part, Double::sum);
        if (!position.occupied()) {
            vacant += part;
        }
        if (isLongVacant(position)) {
            longVacant += part;
        }
        if (!position.funding().isEmpty()) {
            withFunding += part;
            land += part * funding.stream().filter(FundingGroup::isLand).count() / funding.size();
        }
        fixedTerms.add(FixedTermClass.of(position.fixedTermUntil(), position.stichtag()), position.function(),
                funding, part);
    }

    /**
     * Vacant since before the Stichtag minus 6 calendar months (RETURNS.md §6): for 31.12.2025 a vacancy since
     * 29.06.2025 counts, one since 30.06.2025 does not. Without a date it is not counted (P04 flags it).
     */
    static boolean isLongVacant(CurrentPosition position) {
        return !position.occupied() && position.vacantSince() != null
                && position.vacantSince().isBefore(position.stichtag().minusMonths(6));
    }

    Staffing toStaffing() {
        return new Staffing(fte, vacant, longVacant, land, withFunding, fixedTerms.toFixedTerms());
    }
}
