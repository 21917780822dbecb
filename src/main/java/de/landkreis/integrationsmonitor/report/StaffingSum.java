package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.util.EnumMap;
import java.util.Map;

/** Adds up (parts of) positions into a {@link Staffing}. */
final class StaffingSum {

    private final Map<PositionFunction, Double> fte = new EnumMap<>(PositionFunction.class);
    private double vacant;
    private double land;
    private double withFunding;

    /**
     * @param weight the part of the position counted here: 1 in district totals, the population share of a
     *               served municipality in its own figures
     */
    void add(StaffPosition position, double weight) {
        double part = position.fte() * weight;
        fte.merge(position.function(), part, Double::sum);
        if (!position.occupied()) {
            vacant += part;
        }
        if (!position.funding().isEmpty()) {
            withFunding += part;
            land += part * position.landPart();
        }
    }

    Staffing toStaffing() {
        return new Staffing(fte, vacant, land, withFunding);
    }
}
