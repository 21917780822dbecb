package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;

/**
 * Sheet {@code Kernthemen}: one row per municipality, one sign column per core topic valid in the year, then the
 * total rows Anzahl, Basis and Anteil, and a legend of the signs and topic names under the table.
 */
final class CoreTopicSheet {

    static final String NAME = "Kernthemen";

    private CoreTopicSheet() {
    }

    /** Writes the sheet and returns the 0-based index of its {@code Anteil} row, which the overview chart shows. */
    static int write(ReportSheets s, YearFigures figures) {
        ReportTexts t = s.texts();
        TopicMatrix.Written written = TopicMatrix.write(s, figures, NAME, CellStyles::sign,
                (m, topic) -> m.coverage(topic.code()).sign(), figures::share);

        ReportTable table = written.table();
        int legend = table.nextRowIndex() + 1;
        s.signsInSignFont(ReportSheets.text(table.sheet(), legend++, t.get("report.legend.signs"), s.styles().plain()));
        ReportSheets.text(table.sheet(), legend++, t.get("report.legend.topics"), s.styles().plain());
        for (CoreTopic topic : figures.topics()) {
            ReportSheets.text(table.sheet(), legend++, t.get("report.legend.topic", topic.code(), topic.name(),
                    t.get("report.expected." + topic.expected().name())), s.styles().plain());
        }
        return written.shareRow();
    }
}
