package de.landkreis.integrationsmonitor.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The committee report's cells as a reader sees them, for comparing the draft with the report: each number formatted
 * as a German Excel shows it ({@code 26,92}, {@code 79,5 %} with the space of running text), a change without its
 * sign (the draft says "mehr" or "weniger").
 */
final class ReportCells implements AutoCloseable {

    private final XSSFWorkbook workbook;
    private final DataFormatter formatter = new DataFormatter(Locale.GERMANY);

    private ReportCells(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static ReportCells open(Path report) throws IOException {
        return new ReportCells(WorkbookReading.open(report));
    }

    /** The fixed-term headline sentence of the Übersicht. */
    String headline() {
        return WorkbookReading.text(workbook.getSheet(OverviewSheet.NAME), 4, 0);
    }

    /** How many municipalities the Rücklauf sheet lists with each status. */
    Map<String, Integer> statuses() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ReturnStatus status : ReturnStatus.values()) {
            counts.put(status.label(), 0);
        }
        for (Row row : workbook.getSheet(ReturnsSheet.NAME)) {
            Cell ags = row.getCell(0);
            if (ags != null && ags.getCellType() == CellType.STRING && ags.getStringCellValue().matches("\\d{8}")) {
                counts.merge(row.getCell(2).getStringCellValue(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** From the Übersicht's statement "… (Stand …); 2 davon mit Warnungen.". */
    int completeWithWarnings() {
        Matcher matcher = Pattern.compile("; (\\d+) davon mit Warnungen")
                .matcher(WorkbookReading.text(workbook.getSheet(OverviewSheet.NAME), 3, 0));
        if (!matcher.find()) {
            throw new AssertionError("no warnings in the statement of the Übersicht");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** Whether the Übersicht compares with a previous year (a column "Vorjahr …"). */
    boolean hasPreviousYear() {
        for (Row row : workbook.getSheet(OverviewSheet.NAME)) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("Vorjahr ")) {
                    return true;
                }
            }
        }
        return false;
    }

    int municipalities() {
        return statuses().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A cell of the Personal sheet's total row by its column header, e.g. {@code VZÄ gesamt}. */
    String staffTotal(String header) {
        return totalRow(StaffSheet.NAME, "Landkreis insgesamt", header);
    }

    /** A cell of the Befristungen sheet's total row by its column header, e.g. {@code abgelaufen}. */
    String fixedTermTotal(String header) {
        return totalRow(FixedTermSheet.NAME, "Landkreis insgesamt", header);
    }

    /**
     * A key figure of the Übersicht's staff table: column 0 = this year, 1 = previous year, 2 = change.
     */
    String overview(String label, int column) {
        Sheet sheet = workbook.getSheet(OverviewSheet.NAME);
        return shown(sheet.getRow(WorkbookReading.rowOfLabel(sheet, label)).getCell(2 + column));
    }

    /** One row of the Übersicht's core-topic table, its cells by header ({@code Abdeckung}, {@code Basis Abdeckung} …). */
    record Topic(String code, String name, Map<String, String> shown, Map<String, Object> values) {

        String shown(String header) {
            return shown.get(header);
        }

        double value(String header) {
            return (Double) values.get(header);
        }

        boolean has(String header) {
            return values.get(header) instanceof Double;
        }
    }

    List<Topic> topics() {
        Sheet sheet = workbook.getSheet(OverviewSheet.NAME);
        int header = WorkbookReading.rowOf(sheet, "Kernthema");
        Row titles = sheet.getRow(header);
        List<Topic> topics = new ArrayList<>();
        for (int r = header + 1; sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null
                && sheet.getRow(r).getCell(0).getCellType() == CellType.STRING; r++) {
            Row row = sheet.getRow(r);
            Map<String, String> shown = new LinkedHashMap<>();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 2; c < titles.getLastCellNum(); c++) {
                shown.put(titles.getCell(c).getStringCellValue(), shown(row.getCell(c)));
                values.put(titles.getCell(c).getStringCellValue(), WorkbookReading.value(sheet, r, c));
            }
            topics.add(new Topic(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(), shown,
                    values));
        }
        return topics;
    }

    /** The Kernthemen sheet's row {@code Anzahl}: municipalities covering the topic. */
    String coveredCount(String code) {
        return column(CoreTopicSheet.NAME, "Anzahl", code);
    }

    /** The Handlungsbedarf sheet's row {@code Anzahl}: municipalities answering ja. */
    String needCount(String code) {
        return column(NeedForActionSheet.NAME, "Anzahl", code);
    }

    private String column(String sheetName, String rowLabel, String header) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row titles = sheet.getRow(WorkbookReading.rowOf(sheet, "AGS"));
        for (Cell title : titles) {
            if (title.getCellType() == CellType.STRING && title.getStringCellValue().equals(header)) {
                return shown(sheet.getRow(WorkbookReading.rowOfLabel(sheet, rowLabel)).getCell(title.getColumnIndex()));
            }
        }
        throw new AssertionError("no column " + header + " in " + sheetName);
    }

    private String totalRow(String sheetName, String label, String header) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row titles = sheet.getRow(WorkbookReading.rowOf(sheet, "AGS"));
        for (Cell title : titles) {
            if (title.getStringCellValue().equals(header)) {
                return shown(sheet.getRow(WorkbookReading.rowOfLabel(sheet, label)).getCell(title.getColumnIndex()));
            }
        }
        throw new AssertionError("no column " + header + " in " + sheetName);
    }

    /** What a German Excel shows, a percent with the space of running text and a change without its sign. */
    String shown(Cell cell) {
        String text = formatter.formatCellValue(cell);
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1) + " %";
        }
        return text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
