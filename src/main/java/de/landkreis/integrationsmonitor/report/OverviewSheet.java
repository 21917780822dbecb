package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Sheet {@code Übersicht}: title, Stichtag, Datenstand, the coverage statement and the fixed-term headline in words,
 * then the Rücklauf figures, the district's staffing with the FTE running out, and the core-topic table (coverage,
 * need for action, offers), each with the previous year's change where one exists. Prints on one page; the charts
 * go into the column beside the tables once the sheets they read exist.
 */
final class OverviewSheet {

    static final String NAME = "Übersicht";
    /** The 0-based row of the first table's header; the text above it runs across the page, the charts start here. */
    static final int FIRST_TABLE_ROW = 6;
    /** The column of the charts: beside the widest table (the core topics, A–K) and a narrow gap. */
    static final int CHART_COLUMN = 12;
    private static final int CODE = 0;
    private static final int LABEL = 1;
    // Widths chosen so that tables and charts side by side print at about 65 % on A4 landscape (REPORT.md asks at
    // least 60 %): every header word fits its column in bold Arial, the topic names fit column B in one line, the
    // long key-figure labels wrap into two.
    private static final int[] WIDTHS = {11, 36, 11, 11, 17, 17, 10, 10, 16, 17, 12, 2, 44};

    private OverviewSheet() {
    }

    /** Writes the sheet and returns the 0-based index of its last row. */
    static int write(ReportSheets s, YearFigures figures, Optional<YearFigures> previous, String districtName,
            Instant dataAsOf) {
        ReportTexts t = s.texts();
        XSSFSheet sheet = s.workbook().createSheet(NAME);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        s.print().onOnePage().applyTo(sheet, s.pageTitleOf(NAME), 0);
        String year = String.valueOf(figures.year());
        ReportSheets.text(sheet, 0, t.get("report.title", districtName, year), s.styles().title());
        sheet.getRow(0).setHeightInPoints(22);
        ReportSheets.text(sheet, 1, t.get("report.stichtag", t.date(LocalDate.of(figures.year(), 12, 31))),
                s.styles().plain());
        ReportSheets.text(sheet, 2, t.get("report.dataAsOf", t.dateTime(dataAsOf)), s.styles().plain());
        int municipalities = figures.municipalities().size();
        ReportSheets.text(sheet, 3, t.get("report.statement", figures.count(ReturnStatus.VOLLSTAENDIG),
                municipalities, t.date(dataAsOf), figures.completeWithWarnings()), s.styles().plain());
        ReportSheets.text(sheet, 4, headline(t, figures.district()), s.styles().emphasis());

        ReportTable returns = ReportTable.startAt(sheet, FIRST_TABLE_ROW, LABEL, List.of(
                ReportColumn.text(t.get("report.overview.returns", year), 0),
                ReportColumn.wholeNumber(t.get("report.column.municipalities"), 0),
                ReportColumn.percent(t.get("report.column.ofAll"), 0)), s.styles());
        for (ReturnStatus status : ReturnStatus.values()) {
            int count = figures.count(status);
            returns.addRow(status.label(), count, municipalities == 0 ? ReportSheets.NOT_MEANINGFUL
                    : (Object) ((double) count / municipalities));
        }
        returns.addRow(new ReportCell(t.get("report.overview.allMunicipalities"), CellStyles::totalLabel),
                municipalities, municipalities == 0 ? ReportSheets.NOT_MEANINGFUL : (Object) 1.0);

        int next = staff(s, sheet, returns.nextRowIndex() + 1, figures, previous);
        return topics(s, sheet, next + 1, figures, previous) - 1;
    }

    /**
     * The answer to "how secure are the structures?" in one sentence (REPORT.md): the FTE that have expired or end
     * within 24 months, their share of all FTE, and the Land-funded part of them.
     */
    static String headline(ReportTexts t, Staffing district) {
        OptionalDouble share = district.endingShare();
        if (share.isEmpty()) {
            return t.get("report.headline.none");
        }
        FixedTerms terms = district.fixedTerms();
        return t.get("report.headline", t.decimal(terms.endingWithin24Months(), 2), t.percent(share.getAsDouble()),
                t.decimal(terms.landEndingWithin24Months(), 2));
    }

    private static int staff(ReportSheets s, XSSFSheet sheet, int headerRow, YearFigures figures,
            Optional<YearFigures> previous) {
        ReportTexts t = s.texts();
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.wrappedText(t.get("report.overview.staff", String.valueOf(figures.year())), 0),
                ReportColumn.decimal(String.valueOf(figures.year()), 0)));
        previous.ifPresent(p -> {
            columns.add(ReportColumn.decimal(t.get("report.column.previousYear", String.valueOf(p.year())), 0));
            columns.add(ReportColumn.decimal(t.get("report.column.change"), 0));
        });
        ReportTable table = ReportTable.startAt(sheet, headerRow, LABEL, columns, s.styles());
        Indicators rows = new Indicators(table, figures, previous);
        for (PositionFunction function : Staffing.FUNCTIONS) {
            rows.fte(t.get("report.indicator.fte", function.name(), t.get("report.function." + function.name())),
                    y -> y.district().fte(function));
        }
        rows.fte(t.get("report.indicator.fteTotal"), y -> y.district().totalFte());
        rows.fte(t.get("report.indicator.occupied"), y -> y.district().occupiedFte());
        rows.fte(t.get("report.indicator.vacant"), y -> y.district().vacantFte());
        rows.fte(t.get("report.indicator.longVacant"), y -> y.district().longVacantFte());
        rows.ratio(t.get("report.indicator.perTenThousand"), YearFigures::ftePerTenThousand, CellStyles::decimal,
                CellStyles::fteChange, 1);
        rows.ratio(t.get("report.indicator.landShare"), y -> y.district().landShare(), CellStyles::percent,
                CellStyles::pointChange, 100);
        rows.fte(t.get("report.indicator.ending"), y -> y.district().fixedTerms().endingWithin24Months());
        rows.ratio(t.get("report.indicator.endingShare"), y -> y.district().endingShare(), CellStyles::percent,
                CellStyles::pointChange, 100);
        rows.fte(t.get("report.indicator.endingLand"), y -> y.district().fixedTerms().landEndingWithin24Months());
        return table.nextRowIndex();
    }

    /** The core-topic table (REPORT.md: its header cells are read by other tools), with a caption above it. */
    private static int topics(ReportSheets s, XSSFSheet sheet, int captionRow, YearFigures figures,
            Optional<YearFigures> previous) {
        ReportTexts t = s.texts();
        String year = String.valueOf(figures.year());
        ReportSheets.text(sheet, captionRow, previous.isPresent()
                ? t.get("report.overview.topicsWithChange", year, String.valueOf(previous.get().year()))
                : t.get("report.overview.topics", year), s.styles().emphasis());
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.text(t.get("report.column.topic"), 0),
                ReportColumn.text(t.get("report.column.topicName"), 0),
                ReportColumn.percent(t.get("report.column.coverage"), 0),
                ReportColumn.wholeNumber(t.get("report.column.coverageBase"), 0),
                ReportColumn.percent(t.get("report.column.needForAction"), 0),
                ReportColumn.wholeNumber(t.get("report.column.needForActionBase"), 0),
                ReportColumn.wholeNumber(t.get("report.column.offers"), 0),
                ReportColumn.wholeNumber(t.get("report.column.offersBase"), 0)));
        if (previous.isPresent()) {
            columns.add(new ReportColumn(t.get("report.column.coverageChange"), 0, CellStyles::pointChange));
            columns.add(new ReportColumn(t.get("report.column.needForActionChange"), 0, CellStyles::pointChange));
            columns.add(new ReportColumn(t.get("report.column.offersChange"), 0, CellStyles::wholeChange));
        }
        ReportTable table = ReportTable.startAt(sheet, captionRow + 1, CODE, columns, s.styles());
        for (CoreTopic topic : figures.topics()) {
            TopicShare coverage = figures.share(topic);
            TopicShare need = figures.needForAction(topic);
            TopicOffers offers = figures.offers(topic);
            List<Object> row = new ArrayList<>(List.of(topic.code(), topic.name(),
                    ReportSheets.orNotMeaningful(coverage.share()), coverage.known(),
                    ReportSheets.orNotMeaningful(need.share()), need.known(),
                    offersOrNotMeaningful(Optional.of(offers)), offers.known()));
            previous.ifPresent(p -> {
                row.add(DevelopmentSheet.pointChange(Optional.of(coverage), p.share(topic.code())));
                row.add(DevelopmentSheet.pointChange(Optional.of(need), p.needForAction(topic.code())));
                row.add(offersChange(Optional.of(offers), p.offers(topic.code())));
            });
            table.addRow(row.toArray());
        }
        return table.nextRowIndex();
    }

    /** The sum of offers, or {@code x} where no municipality's number is known (or the topic did not apply). */
    static Object offersOrNotMeaningful(Optional<TopicOffers> offers) {
        return offers.filter(o -> o.known() > 0).<Object>map(TopicOffers::offers).orElse(ReportSheets.NOT_MEANINGFUL);
    }

    /** The change of the sum of offers, or {@code x} where either year has none to compare. */
    static Object offersChange(Optional<TopicOffers> now, Optional<TopicOffers> before) {
        if (now.filter(o -> o.known() > 0).isEmpty() || before.filter(o -> o.known() > 0).isEmpty()) {
            return ReportSheets.NOT_MEANINGFUL;
        }
        return now.get().offers() - before.get().offers();
    }

    /** Rows of key figures: this year, and with a previous year its value and the change. */
    private record Indicators(ReportTable table, YearFigures figures, Optional<YearFigures> previous) {

        void fte(String label, Function<YearFigures, Double> value) {
            List<Object> row = new ArrayList<>(List.of(label, value.apply(figures)));
            previous.ifPresent(p -> {
                row.add(value.apply(p));
                row.add(new ReportCell(value.apply(figures) - value.apply(p), CellStyles::fteChange));
            });
            table.addRow(row.toArray());
        }

        /** @param factor 100 turns a change of shares into percentage points */
        void ratio(String label, Function<YearFigures, OptionalDouble> value, Function<CellStyles, CellStyle> style,
                Function<CellStyles, CellStyle> changeStyle, double factor) {
            OptionalDouble now = value.apply(figures);
            List<Object> row = new ArrayList<>(List.of(label, new ReportCell(ReportSheets.orNotMeaningful(now), style)));
            previous.ifPresent(p -> {
                OptionalDouble before = value.apply(p);
                row.add(new ReportCell(ReportSheets.orNotMeaningful(before), style));
                Object change = now.isPresent() && before.isPresent()
                        ? (Object) ((now.getAsDouble() - before.getAsDouble()) * factor) : ReportSheets.NOT_MEANINGFUL;
                row.add(new ReportCell(change, changeStyle));
            });
            table.addRow(row.toArray());
        }
    }
}
