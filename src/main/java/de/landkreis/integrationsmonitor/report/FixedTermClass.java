package de.landkreis.integrationsmonitor.report;

import java.time.LocalDate;

/**
 * Where a position stands with its {@code Befristet bis}, measured from the Stichtag of the return that reports it
 * (RETURNS.md §6). Months are calendar months; where the day does not exist in the target month its last day counts,
 * which is what {@link LocalDate#plusMonths} does.
 */
public enum FixedTermClass {
    /** ended before the Stichtag */
    ABGELAUFEN,
    /** ends on the Stichtag or within the 12 months after it */
    BIS_12_MONATE,
    /** ends in the 13th to 24th month after the Stichtag */
    BIS_24_MONATE,
    /** ends later still */
    SPAETER,
    /** no end date */
    UNBEFRISTET;

    public static FixedTermClass of(LocalDate fixedTermUntil, LocalDate stichtag) {
        if (fixedTermUntil == null) {
            return UNBEFRISTET;
        }
        if (fixedTermUntil.isBefore(stichtag)) {
            return ABGELAUFEN;
        }
        if (!fixedTermUntil.isAfter(stichtag.plusMonths(12))) {
            return BIS_12_MONATE;
        }
        if (!fixedTermUntil.isAfter(stichtag.plusMonths(24))) {
            return BIS_24_MONATE;
        }
        return SPAETER;
    }

    /** The classes of the headline: expired or ending within 24 months of the Stichtag. */
    public boolean endsWithin24Months() {
        return this == ABGELAUFEN || this == BIS_12_MONATE || this == BIS_24_MONATE;
    }
}
