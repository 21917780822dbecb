package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import java.util.ArrayList;
import java.util.List;

/**
 * Sheet {@code Kernthemen}: one row per municipality, one sign column per core topic valid in the year, then the
 * total rows Anzahl, Basis and Anteil, and a legend of the signs and topic names under the table.
 */
final class CoreTopicSheet {

    static final String NAME = "Kernthemen";
    /** The first topic column; AGS and Gemeinde come before it. */
    static final int FIRST_TOPIC_COLUMN = 2;

    private CoreTopicSheet() {
    }

    /** Writes the sheet and returns the 0-based index of its {@code Anteil} row, which the overview chart shows. */
    static int write(ReportSheets s, YearFigures figures) {
        ReportTexts t = s.texts();
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.text(t.get("report.column.ags"), 10),
                ReportColumn.text(t.get("report.column.municipality"), 24)));
        figures.topics().forEach(topic -> columns.add(ReportColumn.sign(topic.code(), 6)));
        ReportTable table = ReportTable.create(s.workbook(), NAME, columns, s.styles(), s.print().onOnePage(),
                s.pageTitleOf(NAME), FIRST_TOPIC_COLUMN);

        for (MunicipalityFigures m : figures.municipalities()) {
            List<Object> row = new ArrayList<>(List.of(m.municipality().ags(), m.municipality().name()));
            figures.topics().forEach(topic -> row.add(m.coverage(topic.code()).sign()));
            table.addRow(row.toArray());
        }
        List<TopicShare> shares = figures.shares();
        table.addRow(totalRow(t.get("report.total.count"), shares.stream()
                .map(share -> new ReportCell(share.covered(), CellStyles::wholeNumber)).toList()));
        table.addRow(totalRow(t.get("report.total.base"), shares.stream()
                .map(share -> new ReportCell(share.known(), CellStyles::wholeNumber)).toList()));
        int shareRow = table.nextRowIndex();
        table.addRow(totalRow(t.get("report.total.share"), shares.stream()
                .map(share -> new ReportCell(ReportSheets.orNotMeaningful(share.share()), CellStyles::percent))
                .toList()));

        int legend = table.nextRowIndex() + 1;
        s.signsInSignFont(ReportSheets.text(table.sheet(), legend++, t.get("report.legend.signs"), s.styles().plain()));
        ReportSheets.text(table.sheet(), legend++, t.get("report.legend.topics"), s.styles().plain());
        for (CoreTopic topic : figures.topics()) {
            ReportSheets.text(table.sheet(), legend++, t.get("report.legend.topic", topic.code(), topic.name(),
                    t.get("report.expected." + topic.expected().name())), s.styles().plain());
        }
        return shareRow;
    }

    private static Object[] totalRow(String label, List<ReportCell> values) {
        List<Object> row = new ArrayList<>();
        row.add(null);
        row.add(new ReportCell(label, CellStyles::totalLabel));
        row.addAll(values);
        return row.toArray();
    }
}
