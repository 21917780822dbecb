package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.util.List;
import javax.xml.namespace.QName;
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
import org.apache.xmlbeans.XmlCursor;

/**
 * The charts of the report, drawn by POI from the cells of the sheets that hold their figures (so Excel redraws them
 * from the same numbers), each with a title and an alternative text. Every series has an explicit colour and
 * {@code varyColors} is off: otherwise LibreOffice draws the charts empty.
 */
final class ReportCharts {

    /** Colours that stay apart in grayscale print, from dark to light. */
    private static final List<byte[]> COLOURS = List.of(rgb(0x1F, 0x4E, 0x79), rgb(0xED, 0x7D, 0x31),
            rgb(0x70, 0xAD, 0x47), rgb(0x7F, 0x7F, 0x7F), rgb(0x9D, 0xC3, 0xE6), rgb(0x40, 0x40, 0x40));
    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    /** Title size in points; the default (18) takes a third of a chart this small. */
    private static final double TITLE_POINTS = 11;

    private ReportCharts() {
    }

    /** Where a chart goes: from the top left corner of one cell to the top left corner of another, 0-based. */
    record Anchor(int fromColumn, int fromRow, int toColumn, int toRow) {
    }

    /** Coverage share per core topic of the year, one series, from the Anteil row of the Kernthemen sheet. */
    static void coverage(ReportSheets s, XSSFSheet sheet, Anchor anchor, YearFigures figures, int shareRow) {
        ReportTexts t = s.texts();
        String year = String.valueOf(figures.year());
        XSSFChart chart = chart(sheet, anchor, t.get("report.chart.coverage.title", year),
                t.get("report.chart.coverage.alt", year));
        int topics = figures.topics().size();
        int first = TopicMatrix.FIRST_TOPIC_COLUMN;
        String[] codes = figures.topics().stream().map(CoreTopic::code).toArray(String[]::new);
        Double[] shares = figures.shares().stream()
                .map(share -> share.share().isPresent() ? share.share().getAsDouble() : null).toArray(Double[]::new);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(codes,
                range(CoreTopicSheet.NAME, 0, first, first + topics - 1));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(shares,
                range(CoreTopicSheet.NAME, shareRow, first, first + topics - 1));
        XDDFBarChartData data = barData(chart, "0%", BarGrouping.CLUSTERED);
        data.getValueAxes().get(0).setMaximum(1);
        addSeries(data, categories, values, t.get("report.chart.coverage.series", year), 0);
        chart.plot(data);
    }

    /** FTE by function over the years shown, one series per function, from the Entwicklung sheet. */
    static void fteByYear(ReportSheets s, XSSFSheet sheet, Anchor anchor, List<YearFigures> years) {
        ReportTexts t = s.texts();
        XSSFChart chart = chart(sheet, anchor, t.get("report.chart.fte.title"), t.get("report.chart.fte.alt"));
        String[] labels = years.stream().map(y -> String.valueOf(y.year())).toArray(String[]::new);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels,
                range(DevelopmentSheet.NAME, 0, 1, years.size()));
        XDDFBarChartData data = barData(chart, "0", BarGrouping.CLUSTERED);
        for (int i = 0; i < Staffing.FUNCTIONS.size(); i++) {
            PositionFunction function = Staffing.FUNCTIONS.get(i);
            Double[] fte = years.stream().map(y -> y.district().fte(function)).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(fte,
                    range(DevelopmentSheet.NAME, DevelopmentSheet.FIRST_FUNCTION_ROW + i, 1, years.size()));
            addSeries(data, categories, values, t.get("report.chart.fte.series", function.name()), i);
        }
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.plot(data);
    }

    /**
     * The district's FTE by fixed-term class, one stacked series per funding group, from the funding table of the
     * Befristungen sheet.
     */
    static void fixedTermsByFunding(ReportSheets s, XSSFSheet sheet, Anchor anchor, YearFigures figures,
            int fundingHeaderRow) {
        ReportTexts t = s.texts();
        String year = String.valueOf(figures.year());
        XSSFChart chart = chart(sheet, anchor, t.get("report.chart.fixedTerms.title", year),
                t.get("report.chart.fixedTerms.alt", year));
        FixedTermClass[] classes = FixedTermClass.values();
        int first = FixedTermSheet.FIRST_CLASS_COLUMN_BY_FUNDING;
        int last = first + classes.length - 1;
        String[] labels = new String[classes.length];
        for (int i = 0; i < classes.length; i++) {
            labels[i] = t.get("report.fixedTerm." + classes[i].name());
        }
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels,
                range(FixedTermSheet.NAME, fundingHeaderRow, first, last));
        XDDFBarChartData data = barData(chart, "0.0", BarGrouping.STACKED);
        FundingGroup[] groups = FundingGroup.values();
        for (int g = 0; g < groups.length; g++) {
            FundingGroup group = groups[g];
            Double[] fte = new Double[classes.length];
            for (int i = 0; i < classes.length; i++) {
                fte[i] = figures.district().fixedTerms().fte(group, classes[i]);
            }
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(fte,
                    range(FixedTermSheet.NAME, fundingHeaderRow + 1 + g, first, last));
            addSeries(data, categories, values,
                    t.get("report.chart.fixedTerms.series", t.get("report.funding." + group.name())), g);
        }
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        chart.plot(data);
        fullOverlap(chart);
    }

    /**
     * Stacked bars need {@code <c:overlap val="100"/>}, or Excel draws each series beside the other. Written into the
     * XML directly: POI's setter needs the full OOXML schema, which poi-ooxml does not ship.
     */
    private static void fullOverlap(XSSFChart chart) {
        try (XmlCursor cursor = chart.getCTChart().getPlotArea().getBarChartArray(0).newCursor()) {
            cursor.toChild(new QName(CHART_NAMESPACE, "axId"));
            cursor.beginElement(new QName(CHART_NAMESPACE, "overlap"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    /**
     * Coverage per core topic in the latest years shown (at most 3), one series per year, from the block
     * "Anteil abgedeckt" of the Entwicklung sheet.
     */
    static void coverageByYear(ReportSheets s, XSSFSheet sheet, Anchor anchor, YearFigures reportYear,
            List<YearFigures> years, DevelopmentSheet.Rows rows) {
        ReportTexts t = s.texts();
        List<YearFigures> latest = years.subList(Math.max(0, years.size() - 3), years.size());
        String shown = String.join(", ", latest.stream().map(y -> String.valueOf(y.year())).toList());
        XSSFChart chart = chart(sheet, anchor, t.get("report.chart.coverageYears.title", shown),
                t.get("report.chart.coverageYears.alt", shown));
        // The topics of the report's year: the first rows of the sheet's block, and the header codes of Kernthemen
        // (LibreOffice ignores categories given as a literal, and the sheet's labels are too long for an axis).
        List<CoreTopic> topics = reportYear.topics();
        int first = TopicMatrix.FIRST_TOPIC_COLUMN;
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
                topics.stream().map(CoreTopic::code).toArray(String[]::new),
                range(CoreTopicSheet.NAME, 0, first, first + topics.size() - 1));
        XDDFBarChartData data = barData(chart, "0%", BarGrouping.CLUSTERED);
        data.getValueAxes().get(0).setMaximum(1);
        for (int i = 0; i < latest.size(); i++) {
            YearFigures year = latest.get(i);
            int column = years.indexOf(year) + 1;
            Double[] shares = topics.stream()
                    .map(topic -> year.share(topic.code()).filter(x -> x.share().isPresent())
                            .map(x -> x.share().getAsDouble()).orElse(null))
                    .toArray(Double[]::new);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(shares,
                    new CellRangeAddress(rows.shareBlockStart(), rows.shareBlockStart() + topics.size() - 1, column,
                            column).formatAsString(DevelopmentSheet.NAME, true));
            addSeries(data, categories, values, t.get("report.chart.coverageYears.series", String.valueOf(year.year())), i);
        }
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.plot(data);
    }

    private static XSSFChart chart(XSSFSheet sheet, Anchor anchor, String title, String altText) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, anchor.fromColumn(), anchor.fromRow(),
                anchor.toColumn(), anchor.toRow()));
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

    private static XDDFBarChartData barData(XSSFChart chart, String valueFormat, BarGrouping grouping) {
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        values.setNumberFormat(valueFormat);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(grouping);
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
