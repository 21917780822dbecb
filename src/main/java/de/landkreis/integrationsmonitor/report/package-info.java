/**
 * What people read about a run: the validation log with its rule catalogue, the public committee report
 * (Integrationsbericht) and the internal reminder list (Nachforderungen). The figures of RETURNS.md §6 — Rücklauf
 * status, warnings, coverage, need for action, offers, staffing, fixed terms and long vacancies — are computed once by
 * {@code DistrictFigures} from what the store's query classes return, and shown alike everywhere.
 * The workbooks share one look and one print set-up ({@code CellStyles}, {@code PrintLayout}, {@code ReportTable})
 * so every printed report of the office reads the same. Only the reminder list reads contact data. Beside the report
 * go the committee papers ({@code CommitteePapers}): the Mitteilungsvorlage draft, the same figures in sentences
 * rendered from the office's Word template with poi-tl, and tagged PDFs of both printed by LibreOffice.
 */
package de.landkreis.integrationsmonitor.report;
