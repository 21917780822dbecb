package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Sheet {@code Entwicklung}: one column per Berichtsjahr with at least one current version (years across, so the
 * sheet stays readable), one row per key figure, with the change to the previous year. A topic not valid in a
 * year's guidelines shows {@code x} (DIN 55301).
 */
final class DevelopmentSheet {

    static final String NAME = "Entwicklung";
    /** The 0-based row of FTE IB; IM, EK and SO follow in the rows below (the overview chart reads them). */
    static final int FIRST_FUNCTION_ROW = 3;

    private DevelopmentSheet() {
    }

    /** @param years the figures of every year shown, ascending */
    static void write(ReportSheets s, List<YearFigures> years, List<CoreTopic> allTopics) {
        ReportTexts t = s.texts();
        Map<Integer, YearFigures> byYear = new TreeMap<>();
        years.forEach(y -> byYear.put(y.year(), y));
        List<ReportColumn> columns = new ArrayList<>(List.of(ReportColumn.text(t.get("report.column.indicator"), 68)));
        years.forEach(y -> columns.add(ReportColumn.decimal(String.valueOf(y.year()), 10)));
        ReportTable table = ReportTable.create(s.workbook(), NAME, columns, s.styles(), s.print().onOnePage(),
                s.pageTitleOf(NAME), 1);
        Rows rows = new Rows(table, years, byYear);

        rows.add(t.get("report.development.structures"), y -> y.withCurrentStructures(), CellStyles::wholeNumber);
        rows.add(t.get("report.development.staff"), y -> y.withCurrentStaff(), CellStyles::wholeNumber);
        for (PositionFunction function : Staffing.FUNCTIONS) {
            rows.add(t.get("report.indicator.fte", function.name(), t.get("report.function." + function.name())),
                    y -> y.district().fte(function), CellStyles::decimal);
        }
        rows.add(t.get("report.indicator.fteTotal"), y -> y.district().totalFte(), CellStyles::decimal);
        rows.add(t.get("report.indicator.vacant"), y -> y.district().vacantFte(), CellStyles::decimal);
        rows.change(t.get("report.development.fteChange"),
                (y, previous) -> y.district().totalFte() - previous.district().totalFte(), CellStyles::fteChange);

        // Every topic valid in one of the years shown, in the order of the guidelines.
        Set<CoreTopic> topics = new LinkedHashSet<>();
        allTopics.stream().filter(topic -> years.stream().anyMatch(y -> topic.validIn(y.year()))).forEach(topics::add);
        for (CoreTopic topic : topics) {
            String label = t.get("report.topic.label", topic.code(), topic.name());
            rows.add(t.get("report.development.share", label),
                    y -> y.share(topic.code()).map(share -> ReportSheets.orNotMeaningful(share.share()))
                            .orElse(ReportSheets.NOT_MEANINGFUL),
                    CellStyles::percent);
            rows.add(t.get("report.development.base", label),
                    y -> y.share(topic.code()).<Object>map(TopicShare::known).orElse(ReportSheets.NOT_MEANINGFUL),
                    CellStyles::wholeNumber);
            rows.change(t.get("report.development.shareChange", label),
                    (y, previous) -> pointChange(y.share(topic.code()), previous.share(topic.code())),
                    CellStyles::pointChange);
        }
    }

    /** The change of a share in percentage points, or {@code x} where either year has no share. */
    static Object pointChange(Optional<TopicShare> now, Optional<TopicShare> before) {
        if (now.isEmpty() || before.isEmpty() || now.get().share().isEmpty() || before.get().share().isEmpty()) {
            return ReportSheets.NOT_MEANINGFUL;
        }
        return (now.get().share().getAsDouble() - before.get().share().getAsDouble()) * 100;
    }

    private record Rows(ReportTable table, List<YearFigures> years, Map<Integer, YearFigures> byYear) {

        void add(String label, Function<YearFigures, Object> value, Function<CellStyles, CellStyle> style) {
            List<Object> row = new ArrayList<>();
            row.add(label);
            years.forEach(y -> row.add(new ReportCell(value.apply(y), style)));
            table.addRow(row.toArray());
        }

        /** A change needs the year just before; the first year, or a year after a gap, shows {@code x}. */
        void change(String label, java.util.function.BiFunction<YearFigures, YearFigures, Object> change,
                Function<CellStyles, CellStyle> style) {
            add(label, y -> {
                YearFigures previous = byYear.get(y.year() - 1);
                return previous == null ? ReportSheets.NOT_MEANINGFUL : change.apply(y, previous);
            }, style);
        }
    }
}
