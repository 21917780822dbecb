package de.landkreis.integrationsmonitor.returns;

import static de.landkreis.integrationsmonitor.returns.ReturnFixtures.german;
import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.returns.ReturnFixtures.GermanFailure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The file type is decided by content, and every kind of unreadable file gives its exact failure. */
class DetectingReturnFileReaderTests {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/%s" ContentType="%s"/>
            </Types>""";
    private static final String MAIN_RELATIONSHIP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Target="%s"
             Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
            </Relationships>""";

    @TempDir
    Path dir;

    private final DetectingReturnFileReader reader = ReturnFixtures.reader();

    @Test
    void emptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("leer.csv"));

        assertThat(german(reader.read(file, "leer.csv")))
                .isEqualTo(new GermanFailure(ReadFailure.EMPTY, "Die Datei ist leer (0 Byte)."));
    }

    @Test
    void pdfNamedXlsx() throws IOException {
        Path file = Files.writeString(dir.resolve("rueckmeldung.xlsx"), "%PDF-1.7\n1 0 obj\n<< >>\nendobj\n");

        assertThat(german(reader.read(file, "rueckmeldung.xlsx")))
                .isEqualTo(new GermanFailure(ReadFailure.UNSUPPORTED_TYPE, "PDF-Dokument"));
    }

    @Test
    void pngImage() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = Files.write(dir.resolve("scan.csv"), png);

        assertThat(german(reader.read(file, "scan.csv")))
                .isEqualTo(new GermanFailure(ReadFailure.UNSUPPORTED_TYPE, "Bild"));
    }

    @Test
    void randomBinaryIsNotDecodable() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = 'x';
        Path file = Files.write(dir.resolve("daten.csv"), junk);

        assertThat(german(reader.read(file, "daten.csv"))).isEqualTo(new GermanFailure(ReadFailure.NOT_DECODABLE,
                "Die Datei enthält keinen lesbaren Text (weder Tabelle noch CSV-Datei)."));
    }

    @Test
    void truncatedWorkbookIsDamaged() throws IOException {
        byte[] xlsx = ReturnFixtures.plainXlsx();
        Path file = Files.write(dir.resolve("abgebrochen.xlsx"), Arrays.copyOf(xlsx, xlsx.length / 2));

        assertThat(german(reader.read(file, "abgebrochen.xlsx")))
                .isEqualTo(new GermanFailure(ReadFailure.DAMAGED, "Die Arbeitsmappe ist beschädigt."));
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path file = dir.resolve("geschuetzt.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(ReturnFixtures.plainXlsx());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(german(reader.read(file, "geschuetzt.xlsx")))
                .isEqualTo(new GermanFailure(ReadFailure.ENCRYPTED, "Die Arbeitsmappe ist kennwortgeschützt."));
    }

    @Test
    void wordPackageIsUnsupported() throws IOException {
        Path file = officePackage(dir.resolve("brief.xlsx"), "word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

        assertThat(german(reader.read(file, "brief.xlsx")))
                .isEqualTo(new GermanFailure(ReadFailure.UNSUPPORTED_TYPE, "Word-Dokument"));
    }

    @Test
    void openDocumentTextIsUnsupported() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        entries.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        Path file = ReturnFixtures.zip(dir.resolve("brief.ods"), entries);

        assertThat(german(reader.read(file, "brief.ods"))).isEqualTo(new GermanFailure(ReadFailure.UNSUPPORTED_TYPE,
                "OpenDocument-Dokument, aber keine Tabelle (z. B. Text oder Präsentation)"));
    }

    @Test
    void aPlainZipArchiveIsNamedSo() throws IOException {
        Path file = ReturnFixtures.zip(dir.resolve("rueckmeldung.xlsx"),
                Map.of("Rueckmeldung.csv", "Funktion;VZÄ;Besetzt".getBytes(StandardCharsets.UTF_8)));

        assertThat(german(reader.read(file, "rueckmeldung.xlsx")))
                .isEqualTo(new GermanFailure(ReadFailure.UNSUPPORTED_TYPE, "ZIP-Archiv"));
    }

    @Test
    void wordBinaryDocumentIsUnsupported() throws IOException {
        Path file = dir.resolve("brief.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }

        assertThat(german(reader.read(file, "brief.xls")))
                .isEqualTo(new GermanFailure(ReadFailure.UNSUPPORTED_TYPE, "Word-Dokument"));
    }

    @Test
    void vbaProjectPartMeansMacros() throws IOException {
        Map<String, byte[]> entries = ReturnFixtures.entries(ReturnFixtures.plainXlsx());
        String types = new String(entries.get("[Content_Types].xml"), StandardCharsets.UTF_8).replace("<Default ",
                "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ");
        entries.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        entries.put("xl/vbaProject.bin", new byte[]{1, 2, 3});
        Path file = ReturnFixtures.zip(dir.resolve("makros.xlsx"), entries);

        ReadResult.Content content = (ReadResult.Content) reader.read(file, "makros.xlsx");

        assertThat(content.format()).isEqualTo(FileFormat.XLSM);
        assertThat(content.macros()).isTrue();
        assertThat(content.tables()).extracting(SectionTable::section).containsExactly(Section.STRUKTUREN);
    }

    @Test
    void macroEnabledWorkbookType() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
        ReturnFixtures.strukturenSheet(workbook, "Strukturen");
        Path file = ReturnFixtures.write(workbook, dir.resolve("rueckmeldung.xlsm"));

        ReadResult.Content content = (ReadResult.Content) reader.read(file, "rueckmeldung.xlsm");

        assertThat(content.format()).isEqualTo(FileFormat.XLSM);
        assertThat(content.macros()).isTrue();
        assertThat(content.tables()).hasSize(1);
    }

    @Test
    void workbookWithManyUnrelatedSheetsHasNoTables() throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        for (int i = 1; i <= 60; i++) {
            workbook.createSheet("Blatt " + i).createRow(0).createCell(0).setCellValue("Notiz " + i);
        }
        Path file = ReturnFixtures.write(workbook, dir.resolve("notizen.xls"));

        assertThat(reader.read(file, "notizen.xls"))
                .isEqualTo(new ReadResult.Content(FileFormat.XLS, false, List.of(), List.of()));
    }

    @Test
    void streamedWorkbookWithInlineStringsOverTheRowLimit() throws IOException {
        DetectingReturnFileReader limited = ReturnFixtures.reader(50, DataSize.ofMegabytes(1));
        Path small = personalRows(dir.resolve("klein.xlsx"), 40);
        Path large = personalRows(dir.resolve("gross.xlsx"), 60);

        ReadResult.Content content = (ReadResult.Content) limited.read(small, "klein.xlsx");
        assertThat(content.tables().get(0).rows()).hasSize(40)
                .first().satisfies(row -> assertThat(row.get(Field.VZAE)).isEqualTo(new CellValue("0,5", 0.5, null)));
        assertThat(german(limited.read(large, "gross.xlsx"))).isEqualTo(new GermanFailure(ReadFailure.TOO_MANY_ROWS,
                "Das Tabellenblatt „Personal“ hat mehr als 50 Zeilen."));
    }

    @Test
    void fileOverTheSizeLimitIsNotOpened() throws IOException {
        Path file = Files.writeString(dir.resolve("gross.csv"), "Funktion;VZÄ;Besetzt\n" + "IM;0,5;ja\n".repeat(200));

        assertThat(german(ReturnFixtures.reader(5000, DataSize.ofKilobytes(1)).read(file, "gross.csv")))
                .isEqualTo(new GermanFailure(ReadFailure.TOO_LARGE, "Die Datei ist größer als 1 KB."));
    }

    @Test
    void zipBombIsTooLarge() throws IOException {
        Path file = dir.resolve("bombe.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Personal");
            String filler = "a".repeat(30_000);
            for (int i = 0; i < 400; i++) {
                sheet.createRow(i).createCell(0).setCellValue(filler);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertThat(german(reader.read(file, "bombe.xlsx"))).isEqualTo(new GermanFailure(ReadFailure.TOO_LARGE,
                "Die Arbeitsmappe wäre entpackt zu groß (Schutz vor ZIP-Bomben)."));
    }

    @Test
    void readingNeverChangesTheFile() throws IOException, NoSuchAlgorithmException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        ReturnFixtures.personalSheet(workbook, "Personal");
        Path file = ReturnFixtures.write(workbook, dir.resolve("personal.xlsx"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));

        assertThat(reader.read(file, "personal.xlsx")).isInstanceOf(ReadResult.Content.class);

        assertThat(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(FileTime.fromMillis(1_700_000_000_000L));
    }

    /** A package whose main part (the target of the officeDocument relationship) has the given content type. */
    private static Path officePackage(Path file, String mainPart, String contentType) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", CONTENT_TYPES.formatted(mainPart, contentType).getBytes(StandardCharsets.UTF_8));
        entries.put("_rels/.rels", MAIN_RELATIONSHIP.formatted(mainPart).getBytes(StandardCharsets.UTF_8));
        entries.put(mainPart, "<document/>".getBytes(StandardCharsets.UTF_8));
        return ReturnFixtures.zip(file, entries);
    }

    private static Path personalRows(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            Sheet sheet = workbook.createSheet("Personal");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Funktion");
            header.createCell(1).setCellValue("VZÄ");
            header.createCell(2).setCellValue("Besetzt");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("IM");
                row.createCell(1).setCellValue("0,5");
                row.createCell(2).setCellValue("ja");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
