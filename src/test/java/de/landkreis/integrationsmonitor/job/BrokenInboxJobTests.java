package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.TestInbox;
import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A run over a folder of broken and foreign files completes, and every file is in the validation log with its
 * rule: the importer survives anything anyone can put into the inbox, and never touches the files.
 */
class BrokenInboxJobTests extends ImportTestSupport {

    private static final Instant RECEIVED = Instant.parse("2026-02-01T08:00:00Z");

    @Test
    void everyBrokenOrForeignFileIsListedWithItsRule() throws Exception {
        Map<String, String> expectedRule = new TreeMap<>();
        put(expectedRule, "leer.xlsx", new byte[0], "D02");
        put(expectedRule, "bericht.pdf.xlsx", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII), "D01");
        byte[] workbook = workbook(1);
        put(expectedRule, "abgeschnitten.xlsx", Arrays.copyOf(workbook, workbook.length / 2), "D02");
        put(expectedRule, "kennwort.xlsx", encrypted(workbook), "D02");
        put(expectedRule, "ohne_kopf.csv", "08436052;Kißlegg;2025;SPR;ja\n".getBytes(StandardCharsets.UTF_8), "D03");
        put(expectedRule, "binaer.xlsb", zip(Map.of("[Content_Types].xml", contentTypes(
                "application/vnd.ms-excel.sheet.binary.macroEnabled.main"))), "D01");
        put(expectedRule, "brief.docx", zip(Map.of("[Content_Types].xml", contentTypes(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"))), "D01");
        put(expectedRule, "~$Rueckmeldung.xlsx", new byte[] {1, 2, 3}, "D06");
        put(expectedRule, "sechzig_blaetter.xlsx", workbook(60), "D03");
        put(expectedRule, "zu_lang.csv", tooManyRows(), "D02");
        byte[] before = Files.readAllBytes(inbox.resolve("kennwort.xlsx"));

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(result.completed()).isTrue();
        assertThat(result.summary().filesRead()).isEqualTo(expectedRule.size());
        List<String> log = TestInbox.lines(Path.of(result.logCsv()));
        Map<String, String> logged = new TreeMap<>();
        log.subList(1, log.size()).forEach(line -> logged.put(line.split(";")[0], line.split(";")[4]));
        assertThat(logged).isEqualTo(expectedRule);
        assertThat(Files.readAllBytes(inbox.resolve("kennwort.xlsx"))).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from section_version").query(Integer.class).single()).isZero();
    }

    private void put(Map<String, String> expected, String name, byte[] content, String rule) {
        TestInbox.write(inbox.resolve(name), content, RECEIVED);
        expected.put(name, rule);
    }

    private static byte[] workbook(int sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= sheets; i++) {
                workbook.createSheet("Blatt " + i).createRow(0).createCell(0).setCellValue("Notiz " + i);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] encrypted(byte[] workbook) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(workbook));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] contentTypes(String mainPart) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Override PartName=\"/main.bin\" ContentType=\"" + mainPart
                + "\"/></Types>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] tooManyRows() {
        StringBuilder csv = new StringBuilder("AGS;Gemeinde;Berichtsjahr;Funktion;VZÄ;Besetzt\n");
        for (int i = 0; i < 6_000; i++) {
            csv.append("08436052;Kißlegg;2025;IM;0,5;ja\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
