/**
 * What people read about a run: the validation log with its rule catalogue, and later the committee workbook and
 * the reminder list. The workbooks share one look and one print set-up ({@code CellStyles}, {@code PrintLayout},
 * {@code ReportTable}) so every printed report of the office reads the same.
 */
package de.landkreis.integrationsmonitor.report;
