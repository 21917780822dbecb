package de.landkreis.integrationsmonitor.returns;

import de.landkreis.integrationsmonitor.TestMessages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.util.unit.DataSize;

/**
 * Builds the files the reader tests read: workbooks written with POI and hand-made zip packages; and tells a
 * failed read in German, as the findings and the Hochladen page do.
 */
final class ReturnFixtures {

    private static final MessageSource MESSAGES = TestMessages.german();

    /** A failed read as people are told about it: the failure and its detail in German. */
    record GermanFailure(ReadFailure failure, String detail) {
    }

    private ReturnFixtures() {
    }

    static GermanFailure german(ReadResult result) {
        if (!(result instanceof ReadResult.Failed failed)) {
            throw new AssertionError("Expected a failed read, got " + result);
        }
        return new GermanFailure(failed.failure(), MESSAGES.getMessage(failed.detail(), Locale.GERMANY));
    }

    static DetectingReturnFileReader reader() {
        return new DetectingReturnFileReader(ImportLimits.defaults());
    }

    static DetectingReturnFileReader reader(int maxRowsPerSheet, DataSize maxFileSize) {
        ImportLimits defaults = ImportLimits.defaults();
        return new DetectingReturnFileReader(new ImportLimits(maxFileSize, maxRowsPerSheet,
                defaults.maxUnzippedEntrySize(), defaults.minInflateRatio()));
    }

    static Path write(Workbook workbook, Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (workbook) {
            workbook.write(out);
        }
        return out.toByteArray();
    }

    /** A zip package with the given entries, text entries in UTF-8. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The entries of a zip package, in order, to copy them into a modified package. */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The Personal sheet of the tests: two title lines, the header on row 3 from column B, a gap row. */
    static void personalSheet(Workbook workbook, String name) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        CellStyle twoDecimals = workbook.createCellStyle();
        twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

        sheet.createRow(0).createCell(0).setCellValue("Rückmeldung Personal");
        sheet.createRow(1).createCell(0).setCellValue("Stand: Dezember 2025");
        Row header = sheet.createRow(2);
        String[] labels = {"Funktion", "VZÄ", "Besetzt", "Unbesetzt seit", "Befristet bis", "Bemerkung"};
        for (int i = 0; i < labels.length; i++) {
            header.createCell(i + 1).setCellValue(labels[i]);
        }
        Row first = sheet.createRow(3);
        first.createCell(1).setCellValue("IM");
        first.createCell(2).setCellValue(0.5);
        first.createCell(3).setCellValue("ja");
        date(first.createCell(5), LocalDate.of(2025, 12, 31), dateStyle);
        first.createCell(6).setCellFormula("\"Stelle \"&B4");
        Row second = sheet.createRow(4);
        second.createCell(1).setCellValue("IB");
        second.createCell(2).setCellValue("'0,5");
        second.createCell(3).setCellValue("nein");
        date(second.createCell(4), LocalDate.of(2025, 6, 30), dateStyle);
        Row third = sheet.createRow(6);
        third.createCell(1).setCellValue("EK");
        Cell fte = third.createCell(2);
        fte.setCellValue(1);
        fte.setCellStyle(twoDecimals);
        third.createCell(3).setCellValue(true);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    /** The Angaben sheet of the form: labels in column A in their own order, blank rows, Gemeinde left empty. */
    static void angabenSheet(Workbook workbook) {
        Sheet sheet = workbook.createSheet("Angaben");
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        label(sheet, 0, "Gemeindeschlüssel (AGS)").createCell(1).setCellValue("08436064");
        label(sheet, 2, "Gemeinde");
        label(sheet, 3, "Berichtsjahr").createCell(1).setCellValue(2025);
        date(label(sheet, 5, "Stichtag").createCell(1), LocalDate.of(2025, 12, 31), dateStyle);
        label(sheet, 6, "E-Mail:").createCell(1).setCellValue("integration@kisslegg.de");
    }

    static void strukturenSheet(Workbook workbook, String name) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        String[] labels = {"Kernthema", "Ansprechperson", "Netzwerk", "Angebote"};
        for (int i = 0; i < labels.length; i++) {
            header.createCell(i).setCellValue(labels[i]);
        }
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("Sprache");
        row.createCell(1).setCellValue("ja");
        row.createCell(2).setCellValue("nein");
        row.createCell(3).setCellValue(3);
    }

    /** The form's hidden lists sheet: values of the drop-downs, no header. */
    static void hiddenListsSheet(Workbook workbook) {
        Sheet sheet = workbook.createSheet("Listen");
        String[] values = {"Funktion", "IB", "IM", "ja", "nein", "VZÄ"};
        for (int i = 0; i < values.length; i++) {
            sheet.createRow(i).createCell(0).setCellValue(values[i]);
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }

    static byte[] plainXlsx() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        strukturenSheet(workbook, "Strukturen");
        return bytes(workbook);
    }

    private static Row label(Sheet sheet, int rowIndex, String label) {
        Row row = sheet.createRow(rowIndex);
        row.createCell(0).setCellValue(label);
        return row;
    }

    private static void date(Cell cell, LocalDate date, CellStyle style) {
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }
}
