package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.util.List;
import java.util.OptionalDouble;

/**
 * FTE by fixed-term class (RETURNS.md §6 "Fixed terms"), in all and broken down by funding group and by function;
 * occupied and vacant positions alike. The classes add up to all FTE.
 */
public final class FixedTerms {

    private static final int CLASSES = FixedTermClass.values().length;

    private final double[][] byFunding;
    private final double[][] byFunction;

    private FixedTerms(double[][] byFunding, double[][] byFunction) {
        this.byFunding = byFunding;
        this.byFunction = byFunction;
    }

    /** FTE of one class, all funding groups together. */
    public double fte(FixedTermClass fixedTerm) {
        // Summed by function: a position's funding parts are divided, its function never is.
        double sum = 0;
        for (double[] function : byFunction) {
            sum += function[fixedTerm.ordinal()];
        }
        return sum;
    }

    public double fte(FundingGroup funding, FixedTermClass fixedTerm) {
        return byFunding[funding.ordinal()][fixedTerm.ordinal()];
    }

    public double fte(PositionFunction function, FixedTermClass fixedTerm) {
        return byFunction[function.ordinal()][fixedTerm.ordinal()];
    }

    /** The headline: FTE that have expired or end within 24 months of the Stichtag. */
    public double endingWithin24Months() {
        double sum = 0;
        for (FixedTermClass fixedTerm : FixedTermClass.values()) {
            sum += fixedTerm.endsWithin24Months() ? fte(fixedTerm) : 0;
        }
        return sum;
    }

    /** Of the headline's FTE, those funded by the Land ({@code Land-IM} + {@code Land-IB}). */
    public double landEndingWithin24Months() {
        double sum = 0;
        for (FundingGroup funding : FundingGroup.values()) {
            for (FixedTermClass fixedTerm : FixedTermClass.values()) {
                sum += funding.isLand() && fixedTerm.endsWithin24Months() ? fte(funding, fixedTerm) : 0;
            }
        }
        return sum;
    }

    /** The headline's share of all FTE; empty without FTE (DIN 55301 {@code x}). */
    public OptionalDouble endingShare(double allFte) {
        return allFte > 0 ? OptionalDouble.of(endingWithin24Months() / allFte) : OptionalDouble.empty();
    }

    /** Adds up (parts of) positions. */
    static final class Sum {

        private final double[][] byFunding = new double[FundingGroup.values().length][CLASSES];
        private final double[][] byFunction = new double[PositionFunction.values().length][CLASSES];

        /** @param fte the part of the position counted here */
        void add(FixedTermClass fixedTerm, PositionFunction function, List<FundingGroup> funding,
                double fte) {
            byFunction[function.ordinal()][fixedTerm.ordinal()] += fte;
            for (FundingGroup group : funding) {
                byFunding[group.ordinal()][fixedTerm.ordinal()] += fte / funding.size();
            }
        }

        FixedTerms toFixedTerms() {
            return new FixedTerms(copy(byFunding), copy(byFunction));
        }

        private static double[][] copy(double[][] table) {
            double[][] copy = new double[table.length][];
            for (int i = 0; i < table.length; i++) {
                copy[i] = table[i].clone();
            }
            return copy;
        }
    }
}
