package de.landkreis.integrationsmonitor.report;

/**
 * Sheet {@code Handlungsbedarf}: per municipality and core topic valid in the year whether it sees need for action
 * ({@code ja}, {@code nein}, {@code .} unknown), then the total rows Anzahl (ja), Basis (known answers) and Anteil,
 * and a legend under the table.
 */
final class NeedForActionSheet {

    static final String NAME = "Handlungsbedarf";

    private NeedForActionSheet() {
    }

    static void write(ReportSheets s, YearFigures figures) {
        TopicMatrix.Written written = TopicMatrix.write(s, figures, NAME, CellStyles::centred,
                (m, topic) -> m.needForAction(topic.code()).word(), figures::needForAction);
        ReportTable table = written.table();
        ReportSheets.text(table.sheet(), table.nextRowIndex() + 1, s.texts().get("report.legend.needForAction"),
                s.styles().plain());
    }
}
