package de.landkreis.integrationsmonitor.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import de.landkreis.integrationsmonitor.samples.SampleInputManifest.ExpectedFinding;
import de.landkreis.integrationsmonitor.samples.SampleReturn.Mark;
import de.landkreis.integrationsmonitor.samples.SampleReturn.Section;

/**
 * Lays out {@link SampleReturn}s as the files municipalities send: the form workbook (RETURNS.md §2) and CSV files
 * in the dialects of §3. Output is byte-for-byte reproducible: xlsx core properties and zip entry times are fixed.
 */
final class SampleFileWriter {

    static final String FICTITIOUS = "Fiktive Beispieldaten – keine echten Angaben";

    /** 2026-01-01T00:00:00Z: the fixed time stamp inside generated workbooks. */
    private static final long FIXED_TIME = 1767225600000L;
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** How a workbook looks: sheet names, a title above the section headers, form details. */
    record WorkbookLayout(boolean xls, String angabenSheet, String strukturenSheet, String personalSheet,
            boolean titleAboveHeader, boolean stichtagAsText, boolean hiddenListsSheet, boolean fteAsText) {

        static WorkbookLayout standard() {
            return new WorkbookLayout(false, "Angaben", "Strukturen", "Personal", false, false, false, false);
        }

        WorkbookLayout withSheets(String angaben, String strukturen, String personal) {
            return new WorkbookLayout(xls, angaben, strukturen, personal, titleAboveHeader, stichtagAsText,
                    hiddenListsSheet, fteAsText);
        }

        WorkbookLayout withTitle(boolean title) {
            return new WorkbookLayout(xls, angabenSheet, strukturenSheet, personalSheet, title, stichtagAsText,
                    hiddenListsSheet, fteAsText);
        }

        WorkbookLayout withStichtagAsText(boolean text) {
            return new WorkbookLayout(xls, angabenSheet, strukturenSheet, personalSheet, titleAboveHeader, text,
                    hiddenListsSheet, fteAsText);
        }

        WorkbookLayout withHiddenLists(boolean hidden) {
            return new WorkbookLayout(xls, angabenSheet, strukturenSheet, personalSheet, titleAboveHeader,
                    stichtagAsText, hidden, fteAsText);
        }

        WorkbookLayout withFteAsText(boolean text) {
            return new WorkbookLayout(xls, angabenSheet, strukturenSheet, personalSheet, titleAboveHeader,
                    stichtagAsText, hiddenListsSheet, text);
        }

        WorkbookLayout asXls() {
            return new WorkbookLayout(true, angabenSheet, strukturenSheet, personalSheet, titleAboveHeader,
                    stichtagAsText, hiddenListsSheet, fteAsText);
        }
    }

    /** A CSV dialect of RETURNS.md §3. */
    record CsvDialect(String name, char delimiter, Charset charset, boolean bom, boolean decimalComma,
            DateTimeFormatter dates, boolean contactColumns, int trailingEmptyLines) {

        static final CsvDialect EXCEL_DE = new CsvDialect("CSV ; windows-1252, Dezimalkomma", ';',
                Charset.forName("windows-1252"), false, true, GERMAN_DATE, false, 0);
        static final CsvDialect UTF8_BOM_COMMA = new CsvDialect("CSV , UTF-8 mit BOM, Dezimalpunkt", ',',
                StandardCharsets.UTF_8, true, false, DateTimeFormatter.ISO_LOCAL_DATE, true, 0);
        static final CsvDialect UTF16_TAB = new CsvDialect("CSV Tab, UTF-16LE mit BOM, Dezimalkomma", '\t',
                StandardCharsets.UTF_16LE, true, true, GERMAN_DATE, false, 2);
        static final CsvDialect UTF8_SEMICOLON = new CsvDialect("CSV ; UTF-8 ohne BOM, Dezimalkomma", ';',
                StandardCharsets.UTF_8, false, true, GERMAN_DATE, false, 0);
    }

    private SampleFileWriter() {
    }

    // ------------------------------------------------------------------------------------------------ workbook

    static byte[] workbook(SampleReturn r, WorkbookLayout layout, String file, Consumer<ExpectedFinding> findings) {
        try (Workbook wb = layout.xls() ? new HSSFWorkbook() : new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet angaben = wb.createSheet(layout.angabenSheet());
            angaben.setColumnWidth(0, 26 * 256);
            angaben.setColumnWidth(1, 40 * 256);
            int row = 0;
            set(angaben, row++, 0, "Rückmeldung Integrationsstrukturen und Personal " + r.year, bold, null);
            set(angaben, row++, 0, FICTITIOUS, null, null);
            row++;
            set(angaben, row, 0, "Gemeindeschlüssel (AGS)", null, null);
            set(angaben, row++, 1, r.agsText, null, date);
            set(angaben, row, 0, "Gemeinde", null, null);
            set(angaben, row, 1, r.gemeindeText, null, date);
            for (Mark m : r.gemeindeMarks) {
                findings.accept(finding(file, r, "Angaben", m, layout.angabenSheet(), row + 1, "B"));
            }
            row++;
            set(angaben, row, 0, "Berichtsjahr", null, null);
            set(angaben, row++, 1, r.year, null, date);
            if (r.stichtag != null) {
                set(angaben, row, 0, "Stichtag", null, null);
                Object value = layout.stichtagAsText() && r.stichtag instanceof LocalDate d ? d.format(GERMAN_DATE)
                        : r.stichtag;
                set(angaben, row++, 1, value, null, date);
            }
            set(angaben, row, 0, "Ausgefüllt von", null, null);
            set(angaben, row++, 1, r.contactName, null, date);
            set(angaben, row, 0, "E-Mail", null, null);
            set(angaben, row++, 1, r.email, null, date);
            set(angaben, row, 0, "Telefon", null, null);
            set(angaben, row++, 1, r.phone, null, date);
            set(angaben, row, 0, "Datum", null, null);
            set(angaben, row, 1, r.filledOn, null, date);

            for (Section section : Section.values()) {
                String name = section == Section.STRUKTUREN ? layout.strukturenSheet() : layout.personalSheet();
                Sheet sheet = wb.createSheet(name);
                int header = 0;
                if (layout.titleAboveHeader()) {
                    set(sheet, 0, 0, section.label + " " + r.year + " – " + FICTITIOUS, bold, null);
                    header = 2;
                }
                for (int c = 0; c < section.columns.size(); c++) {
                    set(sheet, header, c, section.columns.get(c), bold, null);
                    sheet.setColumnWidth(c, (c == 0 ? 34 : 16) * 256);
                }
                for (Mark m : r.headerMarks(section)) {
                    findings.accept(finding(file, r, section.label, m, name, header + 1, "A"));
                }
                int rowIndex = header + 1;
                for (SampleReturn.Row data : r.rows(section)) {
                    for (int c = 0; c < data.cells().length; c++) {
                        Object value = data.cells()[c];
                        if (layout.fteAsText() && section == Section.PERSONAL && c == SampleReturn.VZAE
                                && value instanceof Double d) {
                            value = decimal(d, true);
                        }
                        set(sheet, rowIndex, c, value, null, date);
                    }
                    for (Mark m : data.marks()) {
                        findings.accept(finding(file, r, section.label, m, name, rowIndex + 1,
                                CellReference.convertNumToColString(m.column())));
                    }
                    rowIndex++;
                }
            }
            if (layout.hiddenListsSheet()) {
                Sheet lists = wb.createSheet("Listen");
                String[][] values = {{"ja", "nein", "geplant", "verbund"},
                        {"Integrationsbeauftragte/r", "Integrationsmanagement",
                                "Ehrenamts- bzw. Flüchtlingskoordination", "sonstige Fachkraft Integration", "keine"},
                        {"Gemeinde", "Verband", "Landkreis", "Freier Träger"},
                        {"Land-IM", "Land-IB", "Kommune", "Bund", "Sonstige"}};
                for (int c = 0; c < values.length; c++) {
                    for (int i = 0; i < values[c].length; i++) {
                        set(lists, i, c, values[c][i], null, null);
                    }
                }
                wb.setSheetHidden(wb.getSheetIndex(lists), true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (wb instanceof XSSFWorkbook x) {
                var core = x.getProperties().getCoreProperties();
                core.setCreated(Optional.of(new Date(FIXED_TIME)));
                core.setModified(Optional.of(new Date(FIXED_TIME)));
                core.setCreator("Landratsamt (fiktiv)");
                core.setTitle(FICTITIOUS);
                x.write(out);
                return fixZipTimes(out.toByteArray());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Sheet sheet, int rowIndex, int col, Object value, CellStyle style, CellStyle dateStyle) {
        if (value == null) {
            return;
        }
        Row row = sheet.getRow(rowIndex);
        if (row == null) {
            row = sheet.createRow(rowIndex);
        }
        Cell cell = row.createCell(col);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Double d) {
            cell.setCellValue(d);
        } else if (value instanceof Integer i) {
            cell.setCellValue(i);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else {
            throw new IllegalArgumentException("unsupported value " + value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Rewrites a zip with every entry dated {@link #FIXED_TIME}, so equal content gives equal bytes. */
    private static byte[] fixZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------------ CSV

    /**
     * One section of one or several returns (a joint file) as CSV: a title line, the header on row 2, then every
     * data row starting with {@code AGS;Gemeinde;Berichtsjahr}.
     */
    static byte[] csv(List<SampleReturn> returns, Section section, CsvDialect dialect, String file,
            Consumer<ExpectedFinding> findings) {
        StringBuilder text = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("AGS", "Gemeinde", "Berichtsjahr"));
        header.addAll(section.columns);
        if (dialect.contactColumns()) {
            header.addAll(List.of("Stichtag", "Ausgefüllt von", "E-Mail", "Telefon"));
        }
        line(text, dialect, List.of(section.label + " " + returns.get(0).year + " – " + FICTITIOUS));
        line(text, dialect, header);
        int headerRow = 2;
        int record = 3;
        for (SampleReturn r : returns) {
            for (Mark m : r.headerMarks(section)) {
                findings.accept(finding(file, r, section.label, m, null, headerRow,
                        CellReference.convertNumToColString(3 + m.column())));
            }
            boolean first = true;
            for (SampleReturn.Row data : r.rows(section)) {
                List<String> fields = new ArrayList<>();
                fields.add(r.agsText);
                fields.add(r.gemeindeText);
                fields.add(String.valueOf(r.year));
                for (Object value : data.cells()) {
                    fields.add(format(value, dialect));
                }
                if (dialect.contactColumns()) {
                    fields.add(format(r.stichtag, dialect));
                    fields.add(r.contactName);
                    fields.add(r.email);
                    fields.add(r.phone);
                }
                line(text, dialect, fields);
                if (first) {
                    for (Mark m : r.gemeindeMarks) {
                        findings.accept(finding(file, r, section.label, m, null, record, "B"));
                    }
                    first = false;
                }
                for (Mark m : data.marks()) {
                    findings.accept(finding(file, r, section.label, m, null, record,
                            CellReference.convertNumToColString(3 + m.column())));
                }
                record++;
            }
        }
        text.append("\r\n".repeat(dialect.trailingEmptyLines()));
        return encode(text.toString(), dialect);
    }

    private static void line(StringBuilder text, CsvDialect dialect, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(dialect.delimiter());
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            boolean quote = f.indexOf(dialect.delimiter()) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
                    || f.indexOf('\r') >= 0;
            text.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        // Windows line endings, as German Excel writes them.
        text.append("\r\n");
    }

    private static String format(Object value, CsvDialect dialect) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return decimal(d, dialect.decimalComma());
        }
        if (value instanceof LocalDate d) {
            return d.format(dialect.dates());
        }
        return value.toString();
    }

    static String decimal(double d, boolean comma) {
        String s = java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return comma ? s.replace('.', ',') : s;
    }

    private static byte[] encode(String text, CsvDialect dialect) {
        try {
            ByteBuffer body = dialect.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] bom = !dialect.bom() ? new byte[0]
                    : dialect.charset().equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                    : new byte[] {(byte) 0xFF, (byte) 0xFE};
            byte[] bytes = new byte[bom.length + body.remaining()];
            System.arraycopy(bom, 0, bytes, 0, bom.length);
            body.get(bytes, bom.length, body.remaining());
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("text not encodable in " + dialect.charset(), e);
        }
    }

    private static ExpectedFinding finding(String file, SampleReturn r, String section, Mark m, String sheet,
            int row, String column) {
        return new ExpectedFinding(file, r.ags, r.name, r.year, section, m.code(), m.severity(), sheet, row, column,
                m.value(), m.note());
    }
}
