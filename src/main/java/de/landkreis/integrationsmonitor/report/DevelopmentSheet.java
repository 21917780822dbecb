package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Sheet {@code Entwicklung}: one column per Berichtsjahr shown (RETURNS.md §6 "Development"; years across, so the
 * sheet stays readable), one row per key figure, with the change to the previous year. A topic not valid in a
 * year's guidelines shows {@code x} (DIN 55301). Prints one page wide on as many pages as needed; the charts beside
 * the table's first rows are drawn by {@link ReportCharts} once every sheet exists.
 */
final class DevelopmentSheet {

    static final String NAME = "Entwicklung";
    /** The 0-based row of FTE IB; IM, EK and SO follow in the rows below (the overview chart reads them). */
    static final int FIRST_FUNCTION_ROW = 3;
    private static final int LABEL_WIDTH = 78;
    private static final int GAP_WIDTH = 2;
    private static final int CHART_WIDTH = 60;

    private DevelopmentSheet() {
    }

    /**
     * @param years the figures of every year shown, ascending
     * @return where the sheet's rows are, for its charts
     */
    static Rows write(ReportSheets s, List<YearFigures> years, List<CoreTopic> allTopics) {
        ReportTexts t = s.texts();
        Map<Integer, YearFigures> byYear = new TreeMap<>();
        years.forEach(y -> byYear.put(y.year(), y));
        List<ReportColumn> columns = new ArrayList<>(
                List.of(ReportColumn.wrappedText(t.get("report.column.indicator"), LABEL_WIDTH)));
        years.forEach(y -> columns.add(ReportColumn.decimal(String.valueOf(y.year()), 10)));
        // As many pages as needed, one page wide: long labels wrap instead of being cut off.
        ReportTable table = ReportTable.create(s.workbook(), NAME, columns, s.styles(), s.print(),
                s.pageTitleOf(NAME), 1);
        // The charts stand beside the table's first rows, so they print whole on the first page.
        table.sheet().setColumnWidth(years.size() + 1, GAP_WIDTH * 256);
        table.sheet().setColumnWidth(years.size() + 2, CHART_WIDTH * 256);
        Rows rows = new Rows(table, years, byYear, topics(years, allTopics));

        rows.add(t.get("report.development.structures"), y -> y.withCurrentStructures(), CellStyles::wholeNumber);
        rows.add(t.get("report.development.staff"), y -> y.withCurrentStaff(), CellStyles::wholeNumber);
        for (PositionFunction function : Staffing.FUNCTIONS) {
            rows.add(t.get("report.indicator.fte", function.name(), t.get("report.function." + function.name())),
                    y -> y.district().fte(function), CellStyles::decimal);
        }
        rows.add(t.get("report.indicator.fteTotal"), y -> y.district().totalFte(), CellStyles::decimal);
        rows.add(t.get("report.indicator.vacant"), y -> y.district().vacantFte(), CellStyles::decimal);
        rows.add(t.get("report.indicator.longVacant"), y -> y.district().longVacantFte(), CellStyles::decimal);
        rows.add(t.get("report.indicator.ending"), y -> y.district().fixedTerms().endingWithin24Months(),
                CellStyles::decimal);
        rows.add(t.get("report.indicator.endingShare"),
                y -> ReportSheets.orNotMeaningful(y.district().endingShare()), CellStyles::percent);
        rows.change(t.get("report.development.fteChange"),
                (y, previous) -> y.district().totalFte() - previous.district().totalFte(), CellStyles::fteChange);

        // One block per measure, topics in the order of the guidelines: the shares of all topics stand together,
        // so they compare at a glance and the chart reads them as one range.
        rows.shareBlockStart = table.nextRowIndex();
        for (CoreTopic topic : rows.topics()) {
            rows.add(t.get("report.development.share", label(t, topic)),
                    y -> y.share(topic.code()).map(share -> ReportSheets.orNotMeaningful(share.share()))
                            .orElse(ReportSheets.NOT_MEANINGFUL),
                    CellStyles::percent);
        }
        for (CoreTopic topic : rows.topics()) {
            rows.add(t.get("report.development.base", label(t, topic)),
                    y -> y.share(topic.code()).<Object>map(TopicShare::known).orElse(ReportSheets.NOT_MEANINGFUL),
                    CellStyles::wholeNumber);
        }
        for (CoreTopic topic : rows.topics()) {
            rows.change(t.get("report.development.shareChange", label(t, topic)),
                    (y, previous) -> pointChange(y.share(topic.code()), previous.share(topic.code())),
                    CellStyles::pointChange);
        }
        for (CoreTopic topic : rows.topics()) {
            rows.add(t.get("report.development.needShare", topic.code()),
                    y -> y.needForAction(topic.code()).map(share -> ReportSheets.orNotMeaningful(share.share()))
                            .orElse(ReportSheets.NOT_MEANINGFUL),
                    CellStyles::percent);
        }
        for (CoreTopic topic : rows.topics()) {
            rows.add(t.get("report.development.needBase", topic.code()),
                    y -> y.needForAction(topic.code()).<Object>map(TopicShare::known)
                            .orElse(ReportSheets.NOT_MEANINGFUL),
                    CellStyles::wholeNumber);
        }
        for (CoreTopic topic : rows.topics()) {
            rows.add(t.get("report.development.offers", topic.code()),
                    y -> OverviewSheet.offersOrNotMeaningful(y.offers(topic.code())),
                    CellStyles::wholeNumber);
        }
        for (CoreTopic topic : rows.topics()) {
            rows.add(t.get("report.development.offersBase", topic.code()),
                    y -> y.offers(topic.code()).<Object>map(TopicOffers::known).orElse(ReportSheets.NOT_MEANINGFUL),
                    CellStyles::wholeNumber);
        }
        return rows;
    }

    private static String label(ReportTexts t, CoreTopic topic) {
        return t.get("report.topic.label", topic.code(), topic.name());
    }

    /**
     * Every topic valid in one of the years shown: first those valid in the report's year, in the order of the
     * guidelines (the order of the sheet Kernthemen, whose codes the chart takes as its axis), then the others.
     */
    private static List<CoreTopic> topics(List<YearFigures> years, List<CoreTopic> allTopics) {
        int reportYear = years.isEmpty() ? 0 : years.get(years.size() - 1).year();
        return allTopics.stream().filter(topic -> years.stream().anyMatch(y -> topic.validIn(y.year())))
                .sorted(Comparator.comparing(topic -> !topic.validIn(reportYear))).toList();
    }

    /** The change of a share in percentage points, or {@code x} where either year has no share. */
    static Object pointChange(Optional<TopicShare> now, Optional<TopicShare> before) {
        if (now.isEmpty() || before.isEmpty() || now.get().share().isEmpty() || before.get().share().isEmpty()) {
            return ReportSheets.NOT_MEANINGFUL;
        }
        return (now.get().share().getAsDouble() - before.get().share().getAsDouble()) * 100;
    }

    /** The sheet's rows as they are written; afterwards, where the chart finds its figures. */
    static final class Rows {

        private final ReportTable table;
        private final List<YearFigures> years;
        private final Map<Integer, YearFigures> byYear;
        private final List<CoreTopic> topics;
        private int shareBlockStart;

        private Rows(ReportTable table, List<YearFigures> years, Map<Integer, YearFigures> byYear,
                List<CoreTopic> topics) {
            this.table = table;
            this.years = years;
            this.byYear = byYear;
            this.topics = topics;
        }

        /** The topics of the sheet, in the order of the guidelines. */
        List<CoreTopic> topics() {
            return topics;
        }

        /** The 0-based row of the first topic's "Anteil abgedeckt"; the other topics follow directly. */
        int shareBlockStart() {
            return shareBlockStart;
        }

        /** The 0-based column of the charts, beside the year columns and a narrow gap. */
        int chartColumn() {
            return years.size() + 2;
        }

        void add(String label, Function<YearFigures, Object> value, Function<CellStyles, CellStyle> style) {
            List<Object> row = new ArrayList<>();
            row.add(label);
            years.forEach(y -> row.add(new ReportCell(value.apply(y), style)));
            table.addRow(row.toArray());
        }

        /** A change needs the year just before; the first year, or a year after a gap, shows {@code x}. */
        void change(String label, BiFunction<YearFigures, YearFigures, Object> change,
                Function<CellStyles, CellStyle> style) {
            add(label, y -> {
                YearFigures previous = byYear.get(y.year() - 1);
                return previous == null ? ReportSheets.NOT_MEANINGFUL : change.apply(y, previous);
            }, style);
        }
    }
}
