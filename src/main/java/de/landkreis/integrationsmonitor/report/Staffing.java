package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Full-time equivalents (VZÄ) of a municipality or of the district (RETURNS.md §6). Occupied and vacant positions
 * both count; the vacant part is given separately.
 *
 * @param fteByFunction   FTE per function IB, IM, EK, SO (no entry for {@code KEINE})
 * @param vacantFte       the part of all FTE whose position is not occupied
 * @param longVacantFte   the vacant FTE unoccupied for more than 6 months before the Stichtag
 * @param landFundedFte   FTE paid by the Land; a position with several sources counts in equal parts to each
 * @param fteWithFunding  FTE of positions whose funding is stated: the base of the Land's share
 * @param fixedTerms      the same FTE by fixed-term class
 */
public record Staffing(Map<PositionFunction, Double> fteByFunction, double vacantFte, double longVacantFte,
                       double landFundedFte, double fteWithFunding, FixedTerms fixedTerms) {

    /** The functions a report shows, in the order of the form. */
    public static final List<PositionFunction> FUNCTIONS =
            List.of(PositionFunction.IB, PositionFunction.IM, PositionFunction.EK, PositionFunction.SO);

    public Staffing {
        Map<PositionFunction, Double> copy = new EnumMap<>(PositionFunction.class);
        for (PositionFunction f : FUNCTIONS) {
            copy.put(f, fteByFunction.getOrDefault(f, 0.0));
        }
        fteByFunction = Collections.unmodifiableMap(copy);
    }

    public double fte(PositionFunction function) {
        return fteByFunction.getOrDefault(function, 0.0);
    }

    public double totalFte() {
        return fteByFunction.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public double occupiedFte() {
        return totalFte() - vacantFte;
    }

    /** Land-funded FTE / FTE with stated funding; empty where that base is 0 (DIN 55301 {@code x}). */
    public OptionalDouble landShare() {
        return fteWithFunding > 0 ? OptionalDouble.of(landFundedFte / fteWithFunding) : OptionalDouble.empty();
    }

    /** The headline's FTE (expired or ending within 24 months) as a share of all FTE; empty without FTE. */
    public OptionalDouble endingShare() {
        return fixedTerms.endingShare(totalFte());
    }

    /** FTE per 10,000 inhabitants; empty without inhabitants. */
    public OptionalDouble perTenThousand(long population) {
        return population > 0 ? OptionalDouble.of(totalFte() * 10_000 / population) : OptionalDouble.empty();
    }
}
