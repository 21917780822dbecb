package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.TestInbox;
import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.ImportTestSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Rules that need more than one file or the database: D04, D05, D08, P09, P10, each located as §5 says. */
class ComparingRulesJobTests extends ImportTestSupport {

    private static final Instant T1 = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-20T09:00:00Z");
    private static final String HEADER = "AGS;Gemeinde;Berichtsjahr;Funktion;VZÄ;Besetzt;Versorgte Gemeinden\r\n";

    @Test
    void d04SameContentAtANewPathIsNotImportedAgain() {
        byte[] content = csv("08436052;Kißlegg;2025;IM;0,5;ja;");
        TestInbox.write(inbox.resolve("original.csv"), content, T1);
        TestInbox.write(inbox.resolve("kopie/original.csv"), content, T2);

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(findings(result)).containsExactly("kopie/original.csv;;;;D04;HINWEIS;original.csv");
        assertThat(result.summary().duplicates()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from section_version").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void p09TheSameSharedPositionInTwoReturnsIsFlaggedAtTheLaterOne() {
        TestInbox.write(inbox.resolve("wangen.csv"),
                csv("08436081;Wangen im Allgäu;2025;IM;1;ja;\"08436081, Achberg, Amtzell\""), T1);
        TestInbox.write(inbox.resolve("amtzell.csv"),
                csv("08436006;Amtzell;2025;IM;1,0;ja;\"Wangen im Allgäu; Achberg; 08436006\""), T2);

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(logLines(result)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("amtzell.csv;;2;D;P09;WARNUNG;").contains("meldet auch Wangen im Allgäu (08436081)")
                .endsWith(";IM"));
    }

    @Test
    void p09AlsoWithinOneJointFile() {
        TestInbox.write(inbox.resolve("verband.csv"), HEADER
                + "08436081;Wangen im Allgäu;2025;IM;1;ja;\"Achberg, Amtzell\"\r\n"
                + "08436006;Amtzell;2025;IM;1;ja;\"Wangen im Allgäu, Achberg\"\r\n", T1);

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(logLines(result)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("verband.csv;;3;D;P09;WARNUNG;").contains("Wangen im Allgäu (08436081)"));
    }

    @Test
    void p10StaffingChangedByMoreThanHalfAgainstTheYearBefore() {
        TestInbox.write(inbox.resolve("2024.csv"), csv("08436052;Kißlegg;2024;IM;1;ja;"), T1);
        TestInbox.write(inbox.resolve("2025.csv"), csv("08436052;Kißlegg;2025;IM;0,4;ja;"), T2);
        TestInbox.write(inbox.resolve("2025-ravensburg.csv"), csv("08436064;Ravensburg;2025;IM;0,5;ja;"), T2);

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(findings(result)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("2025.csv;;1;D;P10;WARNUNG;").endsWith(";0,40"));
    }

    @Test
    void d05MacrosAreReportedAndTheDataStillAccepted() throws IOException {
        TestInbox.write(inbox.resolve("makros.xlsm"), withMacros(workbook("Personal")), T1);

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(logLines(result)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("makros.xlsm;;;;D05;WARNUNG;"));
        assertThat(result.summary().accepted()).isEqualTo(1);
    }

    @Test
    void d08StrukturenInTwoSheetsRejectsEverySectionOfTheFileWithoutAnUnexpectedError() throws IOException {
        TestInbox.write(inbox.resolve("doppelt.xlsx"), workbookWithStructures("Strukturen", "Strukturen (2)"), T1);

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(findings(result)).extracting(line -> line.split(";")[4]).contains("D08").doesNotContain("D02");
        assertThat(jdbc.sql("select count(*) from section_version where accepted").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from section_version").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void d08TheSameSectionInTwoSheetsRejectsIt() throws IOException {
        TestInbox.write(inbox.resolve("doppelt.xlsx"), workbook("Personal", "Personal (2)"), T1);

        ImportRunResult result = importRun.run(inbox, reports, null);

        assertThat(findings(result)).singleElement().satisfies(line ->
                assertThat(line).startsWith("doppelt.xlsx;;;;D08;FEHLER;"));
        assertThat(result.summary().rejected()).isEqualTo(1);
    }

    private static byte[] csv(String row) {
        return (HEADER + row + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A form workbook of Kißlegg 2025 with one Personal sheet per given name. */
    private static byte[] workbook(String... personalSheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet angaben = workbook.createSheet("Angaben");
            row(angaben, 0, "Gemeindeschlüssel (AGS)", "08436052");
            row(angaben, 1, "Gemeinde", "Kißlegg");
            row(angaben, 2, "Berichtsjahr", "2025");
            for (String name : personalSheets) {
                Sheet sheet = workbook.createSheet(name);
                row(sheet, 0, "Funktion", "VZÄ", "Besetzt");
                row(sheet, 1, "IM", "0,5", "ja");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Kißlegg 2025 with one Personal sheet and the given Strukturen sheets, each answering SPR. */
    private static byte[] workbookWithStructures(String... structureSheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet angaben = workbook.createSheet("Angaben");
            row(angaben, 0, "Gemeindeschlüssel (AGS)", "08436052");
            row(angaben, 1, "Berichtsjahr", "2025");
            Sheet personal = workbook.createSheet("Personal");
            row(personal, 0, "Funktion", "VZÄ", "Besetzt");
            row(personal, 1, "IM", "0,5", "ja");
            for (String name : structureSheets) {
                Sheet sheet = workbook.createSheet(name);
                row(sheet, 0, "Kernthema", "Ansprechperson", "Netzwerk", "Angebote");
                row(sheet, 1, "SPR", "ja", "ja", "2");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** Adds a VBA project part, as Excel does when a workbook has macros. */
    private static byte[] withMacros(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("[Content_Types].xml")) {
                    zip.write(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace("<Default ", "<Default Extension=\"bin\" ContentType=\"application/"
                                    + "vnd.ms-office.vbaProject\"/><Default ")
                            .replace("sheet.main+xml", "sheet.macroEnabled.main+xml")
                            .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.macroEnabled",
                                    "application/vnd.ms-excel.sheet.macroEnabled")
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            zip.write(new byte[] {0, 1, 2, 3});
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static List<String> logLines(ImportRunResult result) {
        List<String> lines = TestInbox.lines(Path.of(result.logCsv()));
        return lines.subList(1, lines.size());
    }

    private static List<String> findings(ImportRunResult result) {
        List<String> lines = TestInbox.lines(Path.of(result.logCsv()));
        return lines.subList(1, lines.size()).stream()
                .map(line -> {
                    List<String> fields = List.of(line.split(";", -1));
                    return String.join(";", fields.subList(0, 6)) + ";" + fields.get(fields.size() - 1);
                })
                .toList();
    }
}
