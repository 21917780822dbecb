package de.landkreis.integrationsmonitor.report;

import java.util.List;
import java.util.Optional;

/**
 * The figures one committee report shows, computed once per run by {@link DistrictFigures#reportYear(int)} and
 * handed to every paper of that year: the report, the reminder list and the Mitteilungsvorlage.
 *
 * @param current     the Berichtsjahr
 * @param previous    the year before, only when it has current versions (then also in {@code development})
 * @param development the years the sheet Entwicklung shows, ascending, {@code current} last
 */
public record ReportYear(YearFigures current, Optional<YearFigures> previous, List<YearFigures> development) {

    public ReportYear {
        development = List.copyOf(development);
    }

    public int year() {
        return current.year();
    }
}
