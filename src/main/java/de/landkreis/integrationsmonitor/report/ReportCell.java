package de.landkreis.integrationsmonitor.report;

import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * A value of a table row with a style of its own, where a row differs from its column: a share in the total row
 * of a sign column, the bold label of a total row.
 */
record ReportCell(Object value, Function<CellStyles, CellStyle> style) {
}
