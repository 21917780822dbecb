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
 * Sheet {@code Übersicht}: title, Stichtag, Datenstand, the coverage statement in words, the Rücklauf figures and
 * the district's key figures, each with the previous year and the change where a previous year exists. Prints on
 * one page; the charts are added by {@link OverviewCharts} once the sheets they read exist.
 */
final class OverviewSheet {

    static final String NAME = "Übersicht";
    /** Columns A–F hold the tables; column G is a gap, column H holds the charts. */
    static final int TABLE_COLUMNS = 6;
    /** The 0-based row of the first table's header; the text above it runs across the page, the charts start here. */
    static final int FIRST_TABLE_ROW = 5;
    // Widths chosen so that tables and charts side by side print at about 85 % on A4 landscape, i.e. the 10-point
    // text at 8.5 points: the longest label ("Anteil Landesförderung an den VZÄ …") fits column A in Arial 10.
    private static final int LABEL_WIDTH = 53;
    private static final int FIGURE_WIDTH = 12;
    private static final int CHANGE_WIDTH = 16;
    private static final int GAP_WIDTH = 2;
    private static final int CHART_WIDTH = 56;

    private OverviewSheet() {
    }

    /** Writes the sheet and returns the 0-based index of its last row. */
    static int write(ReportSheets s, YearFigures figures, Optional<YearFigures> previous, String districtName,
            Instant dataAsOf) {
        ReportTexts t = s.texts();
        XSSFSheet sheet = s.workbook().createSheet(NAME);
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        for (int i = 1; i < TABLE_COLUMNS; i++) {
            sheet.setColumnWidth(i, FIGURE_WIDTH * 256);
        }
        // "Veränderung (Prozentpunkte)" breaks between its two words, not inside the second.
        sheet.setColumnWidth(TABLE_COLUMNS - 1, CHANGE_WIDTH * 256);
        sheet.setColumnWidth(TABLE_COLUMNS, GAP_WIDTH * 256);
        sheet.setColumnWidth(TABLE_COLUMNS + 1, CHART_WIDTH * 256);
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

        ReportTable returns = ReportTable.startAt(sheet, FIRST_TABLE_ROW, List.of(
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
        return coverage(s, sheet, next + 1, figures, previous) - 1;
    }

    private static int staff(ReportSheets s, XSSFSheet sheet, int headerRow, YearFigures figures,
            Optional<YearFigures> previous) {
        ReportTexts t = s.texts();
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.text(t.get("report.overview.staff", String.valueOf(figures.year())), 0),
                ReportColumn.decimal(String.valueOf(figures.year()), 0)));
        previous.ifPresent(p -> {
            columns.add(ReportColumn.decimal(t.get("report.column.previousYear", String.valueOf(p.year())), 0));
            columns.add(ReportColumn.decimal(t.get("report.column.change"), 0));
        });
        ReportTable table = ReportTable.startAt(sheet, headerRow, columns, s.styles());
        Indicators rows = new Indicators(table, figures, previous);
        for (PositionFunction function : Staffing.FUNCTIONS) {
            rows.fte(t.get("report.indicator.fte", function.name(), t.get("report.function." + function.name())),
                    y -> y.district().fte(function));
        }
        rows.fte(t.get("report.indicator.fteTotal"), y -> y.district().totalFte());
        rows.fte(t.get("report.indicator.occupied"), y -> y.district().occupiedFte());
        rows.fte(t.get("report.indicator.vacant"), y -> y.district().vacantFte());
        rows.ratio(t.get("report.indicator.perTenThousand"), YearFigures::ftePerTenThousand, CellStyles::decimal,
                CellStyles::fteChange, 1);
        rows.ratio(t.get("report.indicator.landShare"), y -> y.district().landShare(), CellStyles::percent,
                CellStyles::pointChange, 100);
        return table.nextRowIndex();
    }

    private static int coverage(ReportSheets s, XSSFSheet sheet, int headerRow, YearFigures figures,
            Optional<YearFigures> previous) {
        ReportTexts t = s.texts();
        String year = String.valueOf(figures.year());
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.text(t.get("report.overview.coverage", year), 0),
                ReportColumn.percent(t.get("report.column.share", year), 0),
                ReportColumn.wholeNumber(t.get("report.column.base", year), 0)));
        previous.ifPresent(p -> {
            String before = String.valueOf(p.year());
            columns.add(ReportColumn.percent(t.get("report.column.share", before), 0));
            columns.add(ReportColumn.wholeNumber(t.get("report.column.base", before), 0));
            columns.add(new ReportColumn(t.get("report.column.changePoints"), 0, CellStyles::pointChange));
        });
        ReportTable table = ReportTable.startAt(sheet, headerRow, columns, s.styles());
        for (TopicShare share : figures.shares()) {
            CoreTopic topic = share.topic();
            List<Object> row = new ArrayList<>(List.of(t.get("report.topic.label", topic.code(), topic.name()),
                    ReportSheets.orNotMeaningful(share.share()), share.known()));
            previous.ifPresent(p -> {
                Optional<TopicShare> before = p.share(topic.code());
                row.add(before.map(b -> ReportSheets.orNotMeaningful(b.share())).orElse(ReportSheets.NOT_MEANINGFUL));
                row.add(before.<Object>map(TopicShare::known).orElse(ReportSheets.NOT_MEANINGFUL));
                row.add(DevelopmentSheet.pointChange(Optional.of(share), before));
            });
            table.addRow(row.toArray());
        }
        return table.nextRowIndex();
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
