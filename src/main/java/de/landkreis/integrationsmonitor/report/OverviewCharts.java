package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The two charts of the overview, drawn by POI from the cells of the sheets Kernthemen and Entwicklung (so Excel
 * redraws them from the same figures). Every series has an explicit colour and {@code varyColors} is off:
 * otherwise LibreOffice draws the charts empty.
 */
final class OverviewCharts {

    /** Colours that stay apart in grayscale print: dark blue, orange, light green, grey. */
    private static final List<byte[]> COLOURS = List.of(rgb(0x1F, 0x4E, 0x79), rgb(0xED, 0x7D, 0x31),
            rgb(0x70, 0xAD, 0x47), rgb(0x7F, 0x7F, 0x7F));
    /** The charts fill the one wide column H of the overview. */
    private static final int COLUMN = OverviewSheet.TABLE_COLUMNS + 1;
    /** Title size in points; the default (18) takes a third of a chart this small. */
    private static final double TITLE_POINTS = 11;

    private OverviewCharts() {
    }

    /** Coverage share per core topic of the year, one series, from the Anteil row of the Kernthemen sheet. */
    static XSSFChart coverage(ReportSheets s, XSSFSheet overview, YearFigures figures, int shareRow, int fromRow,
            int toRow) {
        ReportTexts t = s.texts();
        String year = String.valueOf(figures.year());
        XSSFChart chart = chart(overview, fromRow, toRow, t.get("report.chart.coverage.title", year),
                t.get("report.chart.coverage.alt", year));
        int topics = figures.topics().size();
        int first = CoreTopicSheet.FIRST_TOPIC_COLUMN;
        String[] codes = figures.topics().stream().map(CoreTopic::code).toArray(String[]::new);
        Double[] shares = figures.shares().stream()
                .map(share -> share.share().isPresent() ? share.share().getAsDouble() : null).toArray(Double[]::new);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(codes,
                range(CoreTopicSheet.NAME, 0, first, first + topics - 1));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(shares,
                range(CoreTopicSheet.NAME, shareRow, first, first + topics - 1));
        XDDFBarChartData data = barData(chart, "0%");
        data.getValueAxes().get(0).setMaximum(1);
        addSeries(data, categories, values, t.get("report.chart.coverage.series", year), 0);
        chart.plot(data);
        return chart;
    }

    /** FTE by function over all years, one series per function, from the Entwicklung sheet. */
    static XSSFChart fteByYear(ReportSheets s, XSSFSheet overview, List<YearFigures> years, int fromRow,
            int toRow) {
        ReportTexts t = s.texts();
        XSSFChart chart = chart(overview, fromRow, toRow, t.get("report.chart.fte.title"),
                t.get("report.chart.fte.alt"));
        String[] labels = years.stream().map(y -> String.valueOf(y.year())).toArray(String[]::new);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels,
                range(DevelopmentSheet.NAME, 0, 1, years.size()));
        XDDFBarChartData data = barData(chart, "0");
        for (int i = 0; i < Staffing.FUNCTIONS.size(); i++) {
            PositionFunction function = Staffing.FUNCTIONS.get(i);
            Double[] fte = years.stream().map(y -> y.district().fte(function)).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(fte,
                    range(DevelopmentSheet.NAME, DevelopmentSheet.FIRST_FUNCTION_ROW + i, 1, years.size()));
            addSeries(data, categories, values, t.get("report.chart.fte.series", function.name()), i);
        }
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.plot(data);
        return chart;
    }

    private static XSSFChart chart(XSSFSheet sheet, int fromRow, int toRow, String title, String altText) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(
                drawing.createAnchor(0, 0, 0, 0, COLUMN, fromRow, COLUMN + 1, toRow + 1));
        chart.setTitleText(title);
        // The size goes on the title's runs: LibreOffice ignores the paragraph's default run properties there.
        for (var paragraph : chart.getTitle().getBody().getParagraphs()) {
            for (var run : paragraph.getTextRuns()) {
                run.setFontSize(TITLE_POINTS);
                run.setBold(true);
            }
        }
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(false);
        // The alternative text a screen reader reads (Excel: "Alternativtext").
        var properties = chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
        properties.setDescr(altText);
        properties.setTitle(title);
        return chart;
    }

    private static XDDFBarChartData barData(XSSFChart chart, String valueFormat) {
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        values.setNumberFormat(valueFormat);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        return data;
    }

    private static void addSeries(XDDFBarChartData data, XDDFCategoryDataSource categories,
            XDDFNumericalDataSource<Double> values, String name, int index) {
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
        series.setTitle(name, null);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS.get(index % COLOURS.size()))));
        series.setShapeProperties(shape);
    }

    private static String range(String sheetName, int row, int firstColumn, int lastColumn) {
        return new CellRangeAddress(row, row, firstColumn, lastColumn).formatAsString(sheetName, true);
    }

    private static byte[] rgb(int red, int green, int blue) {
        return new byte[] {(byte) red, (byte) green, (byte) blue};
    }
}
