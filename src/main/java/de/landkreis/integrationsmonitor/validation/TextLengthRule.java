package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.returns.CellValue;
import de.landkreis.integrationsmonitor.returns.DataRow;
import de.landkreis.integrationsmonitor.returns.Field;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Rule Z01: free text over 1,000 characters, or any cell over Excel's 32,767 characters. */
@Component
class TextLengthRule {

    static final int MAX_FREE_TEXT = 1_000;
    static final int MAX_CELL = 32_767;
    private static final int SHOWN_VALUE = 80;

    private final FindingFactory findings;

    TextLengthRule(FindingFactory findings) {
        this.findings = findings;
    }

    void check(SectionContext context, DataRow row, List<Finding> found) {
        for (Map.Entry<Field, CellValue> cell : row.values().entrySet()) {
            String text = cell.getValue().text();
            int limit = cell.getKey() == Field.BEMERKUNG ? MAX_FREE_TEXT : MAX_CELL;
            if (text != null && text.length() > limit) {
                found.add(findings.create(Rule.Z01, context.table().cell(row.row(), cell.getKey()),
                        text.substring(0, SHOWN_VALUE) + "…", context.municipality(), text.length(), limit));
            }
        }
    }
}
