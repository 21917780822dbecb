package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * A sheet with one row per municipality and one column per core topic valid in the year, then the total rows
 * Anzahl, Basis and Anteil (AGS cell empty): the layout of Kernthemen and Handlungsbedarf (REPORT.md).
 */
final class TopicMatrix {

    /** The first topic column; AGS and Gemeinde come before it. */
    static final int FIRST_TOPIC_COLUMN = 2;

    private TopicMatrix() {
    }

    /**
     * @param cell  the text of a municipality's cell for a topic
     * @param share the district's count, base and share of a topic
     * @return the table, and the 0-based index of its {@code Anteil} row (charts read it)
     */
    static Written write(ReportSheets s, YearFigures figures, String sheetName, Function<CellStyles, CellStyle> style,
            BiFunction<MunicipalityFigures, CoreTopic, String> cell, Function<CoreTopic, TopicShare> share) {
        ReportTexts t = s.texts();
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.text(t.get("report.column.ags"), 10),
                ReportColumn.text(t.get("report.column.municipality"), 24)));
        figures.topics().forEach(topic -> columns.add(new ReportColumn(topic.code(), 6, style)));
        ReportTable table = ReportTable.create(s.workbook(), sheetName, columns, s.styles(), s.print().onOnePage(),
                s.pageTitleOf(sheetName), FIRST_TOPIC_COLUMN);

        for (MunicipalityFigures m : figures.municipalities()) {
            List<Object> row = new ArrayList<>(List.of(m.municipality().ags(), m.municipality().name()));
            figures.topics().forEach(topic -> row.add(cell.apply(m, topic)));
            table.addRow(row.toArray());
        }
        List<TopicShare> shares = figures.topics().stream().map(share).toList();
        table.addRow(totalRow(t.get("report.total.count"), shares.stream()
                .map(x -> new ReportCell(x.count(), CellStyles::wholeNumber)).toList()));
        table.addRow(totalRow(t.get("report.total.base"), shares.stream()
                .map(x -> new ReportCell(x.known(), CellStyles::wholeNumber)).toList()));
        int shareRow = table.nextRowIndex();
        table.addRow(totalRow(t.get("report.total.share"), shares.stream()
                .map(x -> new ReportCell(ReportSheets.orNotMeaningful(x.share()), CellStyles::percent)).toList()));
        return new Written(table, shareRow);
    }

    record Written(ReportTable table, int shareRow) {
    }

    private static Object[] totalRow(String label, List<ReportCell> values) {
        List<Object> row = new ArrayList<>();
        row.add(null);
        row.add(new ReportCell(label, CellStyles::totalLabel));
        row.addAll(values);
        return row.toArray();
    }
}
