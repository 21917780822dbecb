package de.landkreis.integrationsmonitor.returns;

import de.landkreis.integrationsmonitor.LibreOffice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.NameRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.LittleEndian;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * One small file for every case of issue 11 – files that spreadsheet programs other than the district's Excel write,
 * and formats the import does not read – with the decision each must get. Files LibreOffice writes come from
 * {@code soffice --convert-to} (where LibreOffice is installed); the others are built here from their format's
 * published structure. Every file that is read holds one Personal section of its own municipality in the layout of
 * RETURNS.md §3 whose only mistake is a position that expired before the Stichtag: P06 in row 3, column H.
 */
public final class FormatFixtures {

    /** The expired position of every readable fixture: P06, a WARNUNG, so the file is accepted. */
    public static final String EXPIRED = "30.06.2024";

    private static final String[] HEADER = {"AGS", "Gemeinde", "Berichtsjahr", "Funktion", "VZÄ", "Besetzt",
            "Unbesetzt seit", "Befristet bis"};
    private static final String ODS_CONTENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
            xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">\
            <office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>""";
    private static final String ODS_MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
            <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
            <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">%s</manifest:file-entry>\
            </manifest:manifest>""";
    private static final String SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static Path directory;

    /** What a fixture must give. */
    public sealed interface Expected permits Read, NoSection, Unreadable {
    }

    /**
     * Read; the validation finds the one mistake at the cell a person sees ({@code Personal!H3}, CSV {@code H3}).
     *
     * @param rule     P06 (WARNUNG: accepted) or P05 (FEHLER: rejected)
     * @param macros   the file has macros, so D05 comes beside the finding
     */
    public record Read(FileFormat format, boolean macros, String rule, String cell, String value) implements Expected {
    }

    /** Read, but no section: D03, with D05 where the file has macros. */
    public record NoSection(FileFormat format, boolean macros) implements Expected {
    }

    /** Not read: D01 or D02 with the failure and what people are told. */
    public record Unreadable(String rule, ReadFailure failure, String detail) implements Expected {
    }

    /**
     * @param file         the file name in {@link #directory()}
     * @param libreOffice  written by LibreOffice: missing where LibreOffice is not installed
     * @param ags          the municipality of a readable fixture, null for the others
     */
    public record Fixture(String file, String ags, Expected expected, boolean libreOffice) {
        @Override
        public String toString() {
            return file;
        }
    }

    private FormatFixtures() {
    }

    public static List<Fixture> all() {
        return List.of(
                read("strict.xlsx", "08436001", FileFormat.XLSX, false),
                read("iso-datum.xlsx", "08436003", FileFormat.XLSX, false),
                new Fixture("iso-uhrzeit.xlsx", "08436004",
                        new Read(FileFormat.XLSX, false, "P05", "Personal!H3", "13:45:00"), false),
                read("dialogblatt.xlsx", "08436005", FileFormat.XLSX, false),
                read("makroblatt.xlsm", "08436006", FileFormat.XLSM, true),
                read("mac-gezippt.xlsx", "08436008", FileFormat.XLSX, false),
                read("bin-vorgabe.xlsx", "08436009", FileFormat.XLSX, false),
                read("kaputter-name.xls", "08436010", FileFormat.XLS, false),
                new Fixture("libreoffice.ods", "08436011", readOds(false), true),
                new Fixture("ohne-mimetype.ods", "08436012", readOds(false), true),
                new Fixture("basic-makros.ods", "08436013", readOds(true), true),
                new Fixture("unicode-text-ohne-bom.txt", "08436014",
                        new Read(FileFormat.CSV, false, "P06", "H3", EXPIRED), false),
                new Fixture("steuerzeichen-in-anfuehrungszeichen.csv", "08436018",
                        new Read(FileFormat.CSV, false, "P06", "H3", EXPIRED), false),
                unsupported("binaer.xlsb", "Excel-Binärarbeitsmappe (.xlsb)", false),
                unsupported("flach.fods", "OpenDocument-Tabelle (flach, .fods)", true),
                unsupported("excel2003.xml", "Excel-2003-XML-Tabelle", true),
                unsupported("tabelle.numbers", "Apple-Numbers-Datei", false),
                unsupported("lotus.wk1", "Lotus-1-2-3-Tabelle", false),
                unsupported("lotus.wk4", "Lotus-1-2-3-Tabelle", false),
                unsupported("quattro.wq1", "Quattro-Pro-Tabelle", false),
                unsupported("quattro.qpw", "Quattro-Pro-Tabelle", false),
                unsupported("dbase.dbf", "dBase-Tabelle (.dbf)", false),
                unsupported("sylk.slk", "SYLK-Datei (.slk)", true),
                unsupported("dif.dif", "DIF-Datei (.dif)", true),
                new Fixture("utf32.csv", null, new Unreadable("D02", ReadFailure.UNSUPPORTED_ENCODING,
                        "Die Datei ist in UTF-32 kodiert; diese Kodierung wird nicht gelesen."), false),
                new Fixture("utf32-ohne-bom.csv", null, new Unreadable("D02", ReadFailure.UNSUPPORTED_ENCODING,
                        "Die Datei ist in UTF-32 kodiert; diese Kodierung wird nicht gelesen."), false),
                new Fixture("abgeschnitten.xlsx", null,
                        new Unreadable("D02", ReadFailure.DAMAGED, "Die Arbeitsmappe ist beschädigt."), false),
                new Fixture("abgeschnitten.ods", null,
                        new Unreadable("D02", ReadFailure.DAMAGED, "Die Arbeitsmappe ist beschädigt."), false),
                new Fixture("leerzeichen.prn", null, new NoSection(FileFormat.CSV, false), false),
                new Fixture("makros-ohne-kopfzeile.xlsm", null, new NoSection(FileFormat.XLSM, true), false));
    }

    /**
     * The fixtures, written once per test run into a directory of their own; those LibreOffice writes only where it
     * is installed.
     */
    public static synchronized Path directory() throws IOException, InterruptedException {
        if (directory == null) {
            Path dir = Files.createTempDirectory("formate");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            write(dir);
            directory = dir;
        }
        return directory;
    }

    private static Fixture read(String file, String ags, FileFormat format, boolean macros) {
        return new Fixture(file, ags, new Read(format, macros, "P06", "Personal!H3", EXPIRED), false);
    }

    private static Read readOds(boolean macros) {
        return new Read(FileFormat.ODS, macros, "P06", "Personal!H3", EXPIRED);
    }

    private static Fixture unsupported(String file, String type, boolean libreOffice) {
        return new Fixture(file, null, new Unreadable("D01", ReadFailure.UNSUPPORTED_TYPE, type), libreOffice);
    }

    private static void write(Path dir) throws IOException, InterruptedException {
        Map<String, String> ags = all().stream().filter(f -> f.ags() != null)
                .collect(Collectors.toMap(Fixture::file, Fixture::ags));
        Files.write(dir.resolve("strict.xlsx"),
                strict(isoDates(xlsx(ags.get("strict.xlsx")), "2024-06-30T00:00:00")));
        Files.write(dir.resolve("iso-datum.xlsx"), isoDates(xlsx(ags.get("iso-datum.xlsx")), "2024-06-30T00:00:00"));
        Files.write(dir.resolve("iso-uhrzeit.xlsx"), isoDates(xlsx(ags.get("iso-uhrzeit.xlsx")), "13:45:00"));
        Files.write(dir.resolve("dialogblatt.xlsx"), withDialogSheet(xlsx(ags.get("dialogblatt.xlsx"))));
        Files.write(dir.resolve("makroblatt.xlsm"), withMacroSheet(xlsm(ags.get("makroblatt.xlsm"))));
        Files.write(dir.resolve("mac-gezippt.xlsx"), rezippedOnAMac(xlsx(ags.get("mac-gezippt.xlsx"))));
        Files.write(dir.resolve("bin-vorgabe.xlsx"), withBinaryDefault(xlsx(ags.get("bin-vorgabe.xlsx"))));
        Files.write(dir.resolve("kaputter-name.xls"), withDamagedName(xls(ags.get("kaputter-name.xls"))));
        Files.write(dir.resolve("unicode-text-ohne-bom.txt"),
                csv(ags.get("unicode-text-ohne-bom.txt"), '\t', "").getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(dir.resolve("steuerzeichen-in-anfuehrungszeichen.csv"),
                csv(ags.get("steuerzeichen-in-anfuehrungszeichen.csv"), ';', "\"Zeile\u000Bzwei\u000Bdrei\u000B\""));
        Files.write(dir.resolve("binaer.xlsb"), xlsb());
        Files.write(dir.resolve("tabelle.numbers"), numbers());
        Files.write(dir.resolve("lotus.wk1"), bytes(0, 0, 2, 0, 0x06, 0x04, 1, 0, 0, 0));
        Files.write(dir.resolve("lotus.wk4"), bytes(0, 0, 0x1A, 0, 0x02, 0x10, 0x04, 0, 0, 0, 0, 0, 1, 0, 0, 0));
        Files.write(dir.resolve("quattro.wq1"), bytes(0, 0, 2, 0, 0x20, 0x51, 1, 0, 0, 0));
        Files.write(dir.resolve("quattro.qpw"), quattroProForWindows());
        Files.write(dir.resolve("dbase.dbf"), dbase());
        Files.write(dir.resolve("utf32.csv"), withBom(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0},
                csv("08436052", ';', "").getBytes(Charset.forName("UTF-32LE"))));
        Files.write(dir.resolve("utf32-ohne-bom.csv"), csv("08436052", ';', "").getBytes(Charset.forName("UTF-32BE")));
        Files.writeString(dir.resolve("leerzeichen.prn"), """
                AGS       Gemeinde   Berichtsjahr  Funktion  VZÄ   Besetzt
                08436052  Kißlegg    2025          IM        0,5   ja
                """, StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("makros-ohne-kopfzeile.xlsm"), macroWorkbookWithoutHeader());
        byte[] xlsx = xlsx("08436052");
        Files.write(dir.resolve("abgeschnitten.xlsx"), Arrays.copyOf(xlsx, xlsx.length / 2));
        byte[] ods = ods("<table:table table:name=\"Personal\"/>");
        Files.write(dir.resolve("abgeschnitten.ods"), Arrays.copyOf(ods, ods.length - 30));
        if (LibreOffice.installed()) {
            writtenByLibreOffice(dir, ags);
        }
    }

    private static void writtenByLibreOffice(Path dir, Map<String, String> ags)
            throws IOException, InterruptedException {
        Path sources = Files.createDirectories(dir.resolve("quellen"));
        Path converted = Files.createDirectories(dir.resolve("libreoffice"));
        List<Path> workbooks = new ArrayList<>();
        for (String ods : List.of("libreoffice.ods", "ohne-mimetype.ods", "basic-makros.ods")) {
            workbooks.add(Files.write(sources.resolve(ods.replace(".ods", ".xlsx")), xlsx(ags.get(ods))));
        }
        List<Path> ods = LibreOffice.convert(workbooks, "ods", converted);
        Files.copy(ods.get(0), dir.resolve("libreoffice.ods"));
        Files.write(dir.resolve("ohne-mimetype.ods"), rezip(Files.readAllBytes(ods.get(1)), entries -> {
            entries.remove("mimetype");
            return entries;
        }));
        Files.write(dir.resolve("basic-makros.ods"), withBasicModule(Files.readAllBytes(ods.get(2))));

        Path other = Files.write(sources.resolve("andere.xlsx"), xlsx("08436052"));
        Files.copy(LibreOffice.convert(List.of(other), "fods", converted).get(0), dir.resolve("flach.fods"));
        Files.copy(LibreOffice.convert(List.of(other), "slk", converted).get(0), dir.resolve("sylk.slk"));
        Files.copy(LibreOffice.convert(List.of(other), "dif", converted).get(0), dir.resolve("dif.dif"));
        // LibreOffice's Excel 2003 XML export gives up on the 16,384 columns of a workbook; a CSV has fewer.
        Path csv = Files.writeString(sources.resolve("andere.csv"), csv("08436052", ';', ""));
        Files.copy(LibreOffice.convert(List.of(csv), "xml:MS Excel 2003 XML", converted,
                "--infilter=CSV:59,34,76,1").get(0), dir.resolve("excel2003.xml"));
    }

    /**
     * An OpenDocument spreadsheet package as the ODF specification lays it out: {@code mimetype} first, the manifest,
     * and {@code content.xml} with the given tables.
     *
     * @param tables the {@code table:table} elements
     */
    public static byte[] ods(String tables) throws IOException {
        return ods(ODS_CONTENT.formatted(tables), "");
    }

    /**
     * @param content    the whole {@code content.xml}
     * @param encryption what the manifest says about the encryption of {@code content.xml} (empty: none)
     */
    static byte[] ods(String content, String encryption) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        entries.put("META-INF/manifest.xml", ODS_MANIFEST.formatted(encryption).getBytes(StandardCharsets.UTF_8));
        entries.put("content.xml", content.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** The {@code content.xml} around the given tables. */
    static String odsContent(String tables) {
        return ODS_CONTENT.formatted(tables);
    }

    /** The Personal section in the CSV layout; {@code remark} adds a column Bemerkung (as written, quotes included). */
    static String csv(String ags, char delimiter, String remark) {
        String d = String.valueOf(delimiter);
        String header = String.join(d, HEADER) + (remark.isEmpty() ? "" : d + "Bemerkung");
        return header + "\r\n"
                + String.join(d, ags, "Gemeinde " + ags, "2025", "IM", "0,5", "ja", "", "31.12.2026") + "\r\n"
                + String.join(d, ags, "Gemeinde " + ags, "2025", "IB", "0,25", "ja", "", EXPIRED)
                + (remark.isEmpty() ? "" : d + remark) + "\r\n";
    }

    /** The Personal section in a sheet of its own, typed as Excel types it: numbers, dates, text. */
    static void personalSheet(Workbook workbook, String ags) {
        Sheet sheet = workbook.createSheet("Personal");
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADER.length; i++) {
            header.createCell(i).setCellValue(HEADER[i]);
        }
        personalRow(sheet.createRow(1), ags, "IM", 0.5, LocalDate.of(2026, 12, 31), dateStyle);
        personalRow(sheet.createRow(2), ags, "IB", 0.25, LocalDate.of(2024, 6, 30), dateStyle);
    }

    private static void personalRow(Row row, String ags, String function, double fte, LocalDate until,
                                    CellStyle dateStyle) {
        row.createCell(0).setCellValue(ags);
        row.createCell(1).setCellValue("Gemeinde " + ags);
        row.createCell(2).setCellValue(2025);
        row.createCell(3).setCellValue(function);
        row.createCell(4).setCellValue(fte);
        row.createCell(5).setCellValue("ja");
        Cell date = row.createCell(7);
        date.setCellValue(until);
        date.setCellStyle(dateStyle);
    }

    static byte[] xlsx(String ags) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        personalSheet(workbook, ags);
        return ReturnFixtures.bytes(workbook);
    }

    private static byte[] xlsm(String ags) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
        personalSheet(workbook, ags);
        return ReturnFixtures.bytes(workbook);
    }

    private static byte[] xls(String ags) throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        personalSheet(workbook, ags);
        workbook.createName().setNameName("Stellen");
        workbook.getName("Stellen").setRefersToFormula("Personal!$D$2:$D$3");
        return ReturnFixtures.bytes(workbook);
    }

    /** Strict Open XML: the same parts under the namespaces of ISO/IEC 29500 Strict. */
    static byte[] strict(byte[] xlsx) throws IOException {
        return rezip(xlsx, entries -> {
            entries.replaceAll((name, content) -> name.endsWith(".xml") || name.endsWith(".rels")
                    ? text(content).replace(SPREADSHEETML, "http://purl.oclc.org/ooxml/spreadsheetml/main")
                            .replace(RELATIONSHIPS, "http://purl.oclc.org/ooxml/officeDocument/relationships")
                            .getBytes(StandardCharsets.UTF_8)
                    : content);
            return entries;
        });
    }

    /** The dates of column H as ISO 8601 date cells ({@code t="d"}); row 3 gets {@code expired}. */
    private static byte[] isoDates(byte[] xlsx, String expired) throws IOException {
        return rezip(xlsx, entries -> {
            String sheet = text(entries.get("xl/worksheets/sheet1.xml"))
                    .replaceAll("<c r=\"H2\"[^>]*><v>[^<]*</v></c>", "<c r=\"H2\" t=\"d\"><v>2026-12-31</v></c>")
                    .replaceAll("<c r=\"H3\"[^>]*><v>[^<]*</v></c>", "<c r=\"H3\" t=\"d\"><v>" + expired + "</v></c>");
            entries.put("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));
            return entries;
        });
    }

    /** An Excel 5 dialog sheet before the data sheet: a sheet without cells. */
    private static byte[] withDialogSheet(byte[] xlsx) throws IOException {
        return withExtraSheet(xlsx, "Dialog1", RELATIONSHIPS + "/dialogsheet", "xl/dialogsheets/sheet1.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml",
                "<dialogsheet xmlns=\"" + SPREADSHEETML + "\"><sheetViews><sheetView workbookViewId=\"0\"/>"
                        + "</sheetViews></dialogsheet>");
    }

    /** An international Excel 4 macro sheet (XLM) before the data sheet. */
    private static byte[] withMacroSheet(byte[] xlsm) throws IOException {
        return withExtraSheet(xlsm, "Makro1", "http://schemas.microsoft.com/office/2006/relationships/xlIntlMacrosheet",
                "xl/macrosheets/intlsheet1.xml", "application/vnd.ms-excel.intlmacrosheet+xml",
                "<xm:macrosheet xmlns=\"" + SPREADSHEETML + "\" xmlns:xm=\"http://schemas.microsoft.com/office/excel/"
                        + "2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><f>RETURN()</f><v></v></c>"
                        + "</row></sheetData></xm:macrosheet>");
    }

    private static byte[] withExtraSheet(byte[] xlsx, String name, String relationType, String part,
                                         String contentType, String content) throws IOException {
        return rezip(xlsx, entries -> {
            String workbook = text(entries.get("xl/workbook.xml"))
                    .replace("<sheets>", "<sheets><sheet name=\"" + name + "\" sheetId=\"9\" r:id=\"rIdExtra\"/>");
            String relations = text(entries.get("xl/_rels/workbook.xml.rels")).replace("</Relationships>",
                    "<Relationship Id=\"rIdExtra\" Type=\"" + relationType + "\" Target=\""
                            + part.substring("xl/".length()) + "\"/></Relationships>");
            String types = text(entries.get("[Content_Types].xml")).replace("</Types>",
                    "<Override PartName=\"/" + part + "\" ContentType=\"" + contentType + "\"/></Types>");
            entries.put("xl/workbook.xml", workbook.getBytes(StandardCharsets.UTF_8));
            entries.put("xl/_rels/workbook.xml.rels", relations.getBytes(StandardCharsets.UTF_8));
            entries.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
            entries.put(part, content.getBytes(StandardCharsets.UTF_8));
            return entries;
        });
    }

    /** What the Finder's "Compress" adds: folder entries, {@code .DS_Store} files and AppleDouble files. */
    private static byte[] rezippedOnAMac(byte[] xlsx) throws IOException {
        return rezip(xlsx, entries -> {
            Map<String, byte[]> mac = new LinkedHashMap<>();
            mac.put("xl/", new byte[0]);
            mac.put(".DS_Store", new byte[]{0, 0, 0, 1, 'B', 'u', 'd', '1'});
            mac.putAll(entries);
            mac.put("xl/.DS_Store", new byte[]{0, 0, 0, 1, 'B', 'u', 'd', '1'});
            mac.put("__MACOSX/", new byte[0]);
            mac.put("__MACOSX/xl/._workbook.xml", new byte[]{0, 5, 22, 7, 0, 2, 0, 0});
            return mac;
        });
    }

    /** An unused default content type for {@code .bin} parts, as some programs declare it. */
    private static byte[] withBinaryDefault(byte[] xlsx) throws IOException {
        return rezip(xlsx, entries -> {
            String types = text(entries.get("[Content_Types].xml")).replace("<Default ",
                    "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/>"
                            + "<Default ");
            entries.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
            return entries;
        });
    }

    /** A defined name whose text is longer than its record: POI cannot read the name, Excel skips it. */
    private static byte[] withDamagedName(byte[] xls) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls))) {
            byte[] stream;
            try (InputStream in = fs.createDocumentInputStream("Workbook")) {
                stream = in.readAllBytes();
            }
            boolean damaged = false;
            for (int at = 0; at + 4 <= stream.length; at += 4 + LittleEndian.getUShort(stream, at + 2)) {
                if (LittleEndian.getUShort(stream, at) == NameRecord.sid) {
                    stream[at + 4 + 3] = 60; // the length of the name text
                    damaged = true;
                }
            }
            if (!damaged) {
                throw new IllegalStateException("no defined name in the workbook");
            }
            fs.createOrUpdateDocument(new ByteArrayInputStream(stream), "Workbook");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** An Excel binary workbook: its main part is {@code xl/workbook.bin} of the binary content type. */
    private static byte[] xlsb() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>\
                </Types>""".getBytes(StandardCharsets.UTF_8));
        entries.put("_rels/.rels", ("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.bin"/></Relationships>"""
                .formatted(RELATIONSHIPS)).getBytes(StandardCharsets.UTF_8));
        entries.put("xl/workbook.bin", new byte[]{(byte) 0x83, 1, 0, (byte) 0x80, 1, 0});
        entries.put("xl/worksheets/sheet1.bin", new byte[]{(byte) 0x81, 1, 0, (byte) 0x82, 1, 0});
        return zip(entries);
    }

    /** Apple Numbers since 2013: snappy-compressed protobuf archives under {@code Index/}. */
    private static byte[] numbers() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Index/Document.iwa", new byte[]{0, 12, 0, 0, 10, 8, 1, 0});
        entries.put("Index/Metadata.iwa", new byte[]{0, 8, 0, 0, 6, 4, 2, 0});
        entries.put("Metadata/Properties.plist", "bplist00".getBytes(StandardCharsets.US_ASCII));
        return zip(entries);
    }

    /** Quattro Pro for Windows 7 and later: an OLE2 file whose sheets are in the stream NativeContent_MAIN. */
    private static byte[] quattroProForWindows() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "NativeContent_MAIN");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A dBase III table with the fields AGS and GEMEINDE and one record. */
    private static byte[] dbase() {
        int fields = 2;
        int headerLength = 32 + 32 * fields + 1;
        int recordLength = 1 + 8 + 10;
        ByteBuffer table = ByteBuffer.allocate(headerLength + recordLength + 1).order(ByteOrder.LITTLE_ENDIAN);
        table.put((byte) 0x03).put((byte) 125).put((byte) 12).put((byte) 31).putInt(1)
                .putShort((short) headerLength).putShort((short) recordLength).put(new byte[20]);
        field(table, "AGS", 8);
        field(table, "GEMEINDE", 10);
        table.put((byte) 0x0D);
        table.put((byte) ' ').put("08436052Kisslegg  ".getBytes(StandardCharsets.US_ASCII));
        table.put((byte) 0x1A);
        return table.array();
    }

    private static void field(ByteBuffer table, String name, int length) {
        byte[] fieldName = new byte[11];
        byte[] ascii = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, fieldName, 0, ascii.length);
        table.put(fieldName).put((byte) 'C').put(new byte[4]).put((byte) length).put((byte) 0).put(new byte[14]);
    }

    /** A Basic module in the package, as LibreOffice stores a document's macros. */
    private static byte[] withBasicModule(byte[] ods) throws IOException {
        return rezip(ods, entries -> {
            entries.put("Basic/script-lc.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <library:libraries xmlns:library="http://openoffice.org/2000/library">\
                    <library:library library:name="Standard" library:link="false"/></library:libraries>"""
                    .getBytes(StandardCharsets.UTF_8));
            entries.put("Basic/Standard/script-lb.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" \
                    library:readonly="false" library:passwordprotected="false">\
                    <library:element library:name="Module1"/></library:library>""".getBytes(StandardCharsets.UTF_8));
            entries.put("Basic/Standard/Module1.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" \
                    script:language="StarBasic">Sub Main
                    End Sub
                    </script:module>""".getBytes(StandardCharsets.UTF_8));
            return entries;
        });
    }

    private static byte[] macroWorkbookWithoutHeader() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
        workbook.createSheet("Notizen").createRow(0).createCell(0).setCellValue("Makros für die Auswertung");
        return ReturnFixtures.bytes(workbook);
    }

    private static byte[] rezip(byte[] zip, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        return zip(change.apply(ReturnFixtures.entries(zip)));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] withBom(byte[] bom, byte[] text) {
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        return all;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static String text(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
